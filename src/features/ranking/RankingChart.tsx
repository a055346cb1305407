// The bump chart: every unit's PAR rank (or score) by year, 1 at the top; selected units in colour.
import { useMemo } from 'react';
import type { Source } from '../../api/contract';
import { navigate } from '../../routing/location';
import { pathPoints, rankAxisTicks, type RankMetric, type RankPaths } from '../../domain/ranking';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Annotation } from '../../ui/annotations';
import { usePresenting } from '../../ui/presenting';
import { TrendChart, type TrendSeries } from '../../ui/chart/TrendChart';
import { RankTooltip } from './RankTooltip';

type Props = {
  paths: RankPaths;
  names: ReadonlyMap<string, string>;
  selected: readonly { code: string; name: string; colour: string }[];
  years: readonly number[];
  metric: RankMetric;
  maxRank: number;
  sources: readonly Source[];
  ariaLabel: string;
  endNotes?: ReadonlyMap<string, string>;
  annotations?: readonly Annotation[];
  unitHref?: (code: string) => string;
};

const inYears = (years: readonly number[]) => (p: { x: number }) => years.includes(p.x);

export function RankingChart({ paths, names, selected, years, metric, maxRank, sources, ariaLabel, endNotes, annotations, unitHref }: Props) {
  const { t, lang } = useI18n();
  const presenting = usePresenting();
  const { emphasised, context } = useMemo(() => {
    const chosen = new Set(selected.map((u) => u.code));
    const context: TrendSeries[] = [...paths.keys()]
      .filter((code) => !chosen.has(code))
      .map((code) => ({ key: code, label: names.get(code) ?? code, points: pathPoints(paths.get(code), metric).filter(inYears(years)) }));
    const emphasised = selected.map((u) => ({
      key: u.code,
      label: u.name,
      colour: u.colour,
      points: pathPoints(paths.get(u.code), metric).filter(inYears(years)),
    }));
    return { emphasised, context };
  }, [paths, names, selected, years, metric]);

  const scoreDomain = useMemo((): [number, number] => {
    const values = [...emphasised, ...context].flatMap((s) => s.points.map((p) => p.value));
    return [Math.floor(Math.min(...values) - 1), Math.ceil(Math.max(...values) + 1)];
  }, [emphasised, context]);

  const rankTicks = rankAxisTicks(maxRank, presenting);
  return (
    <TrendChart
      emphasised={emphasised}
      context={context}
      xTicks={years}
      formatX={String}
      yDomain={metric === 'rank' ? [1, maxRank] : scoreDomain}
      yTicks={metric === 'rank' ? rankTicks : undefined}
      yReversed={metric === 'rank'}
      formatY={(v) => (metric === 'rank' ? String(v) : formatNumber(lang, v, 0))}
      yLabel={metric === 'rank' ? t('ranking.axis.rank') : t('ranking.axis.score')}
      renderTooltip={(year) => <RankTooltip year={year} selected={selected} paths={paths} sources={sources} />}
      ariaLabel={ariaLabel}
      height={metric === 'rank' ? 520 : 420}
      endNotes={endNotes}
      annotations={annotations}
      hrefFor={unitHref}
      onNavigate={navigate}
    />
  );
}
