// Exactly the investment chart's data as a table: unit, period, projects, provenance, source.
import type { Observation, Source } from '../../api/contract';
import { byPeriod } from '../../domain/observations';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../ui/DataTable';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';

type Props = {
  observations: readonly Observation[];
  names: ReadonlyMap<string, string>;
  sourceOf: (o: Observation) => Source | undefined;
  caption: string;
};

export function InvestmentTable({ observations, names, sourceOf, caption }: Props) {
  const { t, lang } = useI18n();
  const rows = [...observations].sort((a, b) => (names.get(a.unitCode) ?? '').localeCompare(names.get(b.unitCode) ?? '') || byPeriod(a, b));
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col">{t('table.period')}</th>
          <th scope="col" className="numeric">
            {t('table.projects')}
          </th>
          <th scope="col">{t('table.provenance')}</th>
          <th scope="col">{t('source.label')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => (
          <tr key={`${o.unitCode}-${o.period.start}-${o.period.end}`}>
            <th scope="row">{names.get(o.unitCode) ?? o.unitCode}</th>
            <td>{formatPeriod(lang, o.period)}</td>
            <td className="numeric">{formatNumber(lang, o.value)}</td>
            <td>
              <ProvenanceBadge provenance={o.provenance} />
            </td>
            <td className="data-table__source">{sourceOf(o)?.publisher ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
