// The ranking as tables: the chart's data (units × years), and one year's sortable ranking.
import { useState } from 'react';
import { Link } from '../../routing/Link';
import { rankTable, type RankMetric, type RankPaths, type RankTableSort } from '../../domain/ranking';
import { formatNumber, formatRank, LOCALE } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../ui/DataTable';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { SortableHeader } from '../../ui/SortableHeader';
import { useRowLimit } from '../../ui/useRowLimit';
import { ValueWithProvenance } from '../../ui/ValueWithProvenance';
import { RankChangeText } from './RankChangeText';

type ChartTableProps = {
  paths: RankPaths;
  names: ReadonlyMap<string, string>;
  years: readonly number[];
  metric: RankMetric;
  caption: string;
  unitHref: (code: string) => string;
  selected: ReadonlySet<string>;
};

/** Exactly what the chart draws, as a table: one row per unit, one column per year. */
export function RankingChartTable({ paths, names, years, metric, caption, unitHref, selected }: ChartTableProps) {
  const { t, lang } = useI18n();
  const collator = new Intl.Collator(LOCALE[lang]);
  const codes = [...paths.keys()].sort((a, b) => Number(selected.has(b)) - Number(selected.has(a)) || collator.compare(names.get(a) ?? a, names.get(b) ?? b));
  const { visible, toggle } = useRowLimit(codes, (code) => selected.has(code));
  return (
    <>
      <DataTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('table.unit')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="numeric">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((code) => (
            <tr key={code} className={selected.has(code) ? 'is-selected' : undefined}>
              <th scope="row">
                <Link href={unitHref(code)}>{names.get(code) ?? code}</Link>
              </th>
              {years.map((y) => {
                const cell = paths.get(code)?.get(y);
                const o = metric === 'rank' ? cell?.rank : cell?.score;
                return (
                  <td key={y} className="numeric">
                    {o ? (
                      <ValueWithProvenance text={metric === 'rank' ? formatRank(o.value, o.rankedOf) : formatNumber(lang, o.value)} provenance={o.provenance} />
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {toggle}
    </>
  );
}

type YearTableProps = {
  paths: RankPaths;
  names: ReadonlyMap<string, string>;
  year: number;
  caption: string;
  unitHref: (code: string) => string;
  selected: ReadonlySet<string>;
  /** Only these ranks (inclusive), for a table split over two columns. */
  ranks?: [number, number];
  rowLimit?: number;
};

/** One year's ranking: rank, unit, change from the year before, score, provenance — sortable. */
export function RankingYearTable({ paths, names, year, caption, unitHref, selected, ranks, rowLimit }: YearTableProps) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<RankTableSort>({ column: 'rank', direction: 'ascending' });
  const rows = rankTable(paths, year, names, sort, LOCALE[lang]).filter((c) => !ranks || (c.rank.value >= ranks[0] && c.rank.value <= ranks[1]));
  const { visible, toggle } = useRowLimit(rows, (c) => selected.has(c.rank.unitCode), rowLimit);
  return (
    <>
      <DataTable caption={caption}>
        <thead>
          <tr>
            <SortableHeader column="rank" sort={sort} onSort={setSort} numeric>
              {t('table.rank')}
            </SortableHeader>
            <SortableHeader column="unit" sort={sort} onSort={setSort}>
              {t('table.unit')}
            </SortableHeader>
            <SortableHeader column="change" sort={sort} onSort={setSort} numeric>
              {t('table.change', { year: year - 1 })}
            </SortableHeader>
            <SortableHeader column="score" sort={sort} onSort={setSort} numeric>
              {t('table.score')}
            </SortableHeader>
            <SortableHeader column="provenance" sort={sort} onSort={setSort}>
              {t('table.provenance')}
            </SortableHeader>
          </tr>
        </thead>
        <tbody>
          {visible.map((cell) => (
            <tr key={cell.rank.unitCode} className={selected.has(cell.rank.unitCode) ? 'is-selected' : undefined}>
              <td className="numeric">{formatRank(cell.rank.value, cell.rank.rankedOf)}</td>
              <th scope="row">
                <Link href={unitHref(cell.rank.unitCode)}>{names.get(cell.rank.unitCode) ?? cell.rank.unitCode}</Link>
              </th>
              <td className="numeric">{cell.change ? <RankChangeText change={cell.change} withYear={false} /> : '—'}</td>
              <td className="numeric">
                {cell.score ? <ValueWithProvenance text={formatNumber(lang, cell.score.value)} provenance={cell.score.provenance} /> : '—'}
              </td>
              <td>
                <ProvenanceBadge provenance={cell.rank.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {toggle}
    </>
  );
}
