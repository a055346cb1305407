// What a reader needs about one year of the ranking: each selected unit's rank, score, change,
// provenance and source. Shown on hover and on keyboard focus alike.
import type { Source } from '../../api/contract';
import type { RankPaths } from '../../domain/ranking';
import { formatNumber, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TooltipRow, TooltipTitle } from '../../ui/ChartTooltip';
import { RankChangeText } from './RankChangeText';

type Props = {
  year: number;
  selected: readonly { code: string; name: string; colour: string }[];
  paths: RankPaths;
  sources: readonly Source[];
};

export function RankTooltip({ year, selected, paths, sources }: Props) {
  const { t, lang } = useI18n();
  return (
    <>
      <TooltipTitle>{year}</TooltipTitle>
      <ul className="chart-tooltip__rows">
        {selected.map((u) => {
          const cell = paths.get(u.code)?.get(year);
          if (!cell) return null;
          return (
            <TooltipRow key={u.code} colour={u.colour} name={u.name} observation={cell.rank} sources={sources}>
              <strong>{formatRank(cell.rank.value, cell.rank.rankedOf)}</strong>
              {cell.score ? ` · ${formatNumber(lang, cell.score.value)} ${t('measure.points')}` : null}
              {cell.change ? (
                <>
                  {' · '}
                  <RankChangeText change={cell.change} />
                </>
              ) : null}
            </TooltipRow>
          );
        })}
      </ul>
    </>
  );
}
