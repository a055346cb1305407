// The presentation as a PowerPoint file: the deck's five slides (headline figures, ranking chart,
// the year's ranking table, investment chart, the province among the 63) built from the same data
// the slides show. Loaded on demand with the writer.
import type { Indicator, Observation, Source, Unit } from '../../api/contract';
import type { ChartLevel } from '../../domain/lineage';
import { headlineObservation, rankKpi, seriesOf, yearOf } from '../../domain/observations';
import { chartDeckSlide, slideNotes, type DeckSlide, type SlideWords } from '../../domain/slideChart';
import { translate, type Language, type PlainKey } from '../../i18n/catalogue';
import { formatNumber, formatPeriod, formatRank } from '../../i18n/format';
import { sourceLineText } from '../../ui/export/texts';

export type DeckData = {
  units: readonly Unit[];
  sources: readonly Source[];
  indicators: readonly Pick<Indicator, 'id' | 'measure'>[];
  /** par_rank and par_score of every unit; investment_projects(_cumulative); province_par_rank. */
  ranking: readonly Observation[];
  investment: readonly Observation[];
  province: readonly Observation[];
  /** The units chosen, as the units they stand for at `level` (as the web slides chart them). */
  unitCodes: readonly string[];
  /** The level the slides chart: district-level units to 2024, communes and wards from 2025. */
  level: ChartLevel;
  years: { from: number | null; to: number | null };
};

const cited = (observations: readonly Observation[], sources: readonly Source[]) => sources.filter((s) => observations.some((o) => o.sourceId === s.id));

export function deckSlides(data: DeckData, lang: Language, words: SlideWords): DeckSlide[] {
  const t = (key: PlainKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const nameOf = (code: string) => data.units.find((u) => u.code === code)?.name ?? code;
  const inYears = (o: Observation) => (data.years.from === null || yearOf(o) >= data.years.from) && (data.years.to === null || yearOf(o) <= data.years.to);
  const measure = (id: string) => data.indicators.find((i) => i.id === id)?.measure[lang] ?? '';
  const marked = (o: Observation, text: string) => (o.provenance === 'illustrative' ? `${text} (${t('provenance.illustrative')})` : text);
  const chart = (
    observations: Observation[],
    rest: { title: string; subtitle: string; kind: 'line' | 'bar'; unitCodes: readonly string[]; rankedOfInTitle?: boolean },
  ) =>
    chartDeckSlide(
      { ...rest, observations, valueTitle: measure(observations[0]?.indicatorId ?? ''), sourceLine: sourceLineText(lang, cited(observations, data.sources)) },
      data,
      words,
    );

  const notes = (observations: readonly Observation[]) =>
    slideNotes(
      cited(observations, data.sources),
      observations.some((o) => o.provenance === 'illustrative'),
      words,
    );

  const atLevel = new Set(data.units.filter((u) => u.level === data.level).map((u) => u.code));
  const commune = data.level === 'commune';
  const ranks = data.ranking.filter((o) => o.indicatorId === 'par_rank' && atLevel.has(o.unitCode) && inYears(o));
  const years = [...new Set(ranks.map(yearOf))].sort((a, b) => a - b);
  const counts = [...new Set(ranks.map((o) => o.rankedOf))].join('/');
  const districts = data.unitCodes.filter((c) => atLevel.has(c));

  // Headline figures: the same latest-sourced-first choice as the web slide.
  const kpiRows = districts.slice(0, 3).map((code) => {
    const rank = rankKpi(seriesOf(ranks, code, 'par_rank'));
    const latest = headlineObservation(seriesOf(data.investment, code, 'investment_projects'));
    const cumulative = headlineObservation(seriesOf(data.investment, code, 'investment_projects_cumulative'));
    const change = rank?.sinceFirst;
    const moved = change
      ? change.places > 0
        ? translate(lang, 'kpi.change.up', { count: change.places })
        : change.places < 0
          ? translate(lang, 'kpi.change.down', { count: -change.places })
          : t('kpi.change.same')
      : '—';
    return [
      nameOf(code),
      rank ? marked(rank.latest, `${formatRank(rank.latest.value, rank.latest.rankedOf)} (${yearOf(rank.latest)})`) : '—',
      change ? marked({ ...change.to, provenance: change.provenance }, `${moved} ${t('kpi.change.since', { year: yearOf(change.from) })}`) : '—',
      latest ? marked(latest, `${formatNumber(lang, latest.value)} (${formatPeriod(lang, latest.period)})`) : '—',
      cumulative ? marked(cumulative, `${formatNumber(lang, cumulative.value)} (${formatPeriod(lang, cumulative.period)})`) : '—',
    ];
  });
  const kpiObservations = [...ranks, ...data.investment].filter((o) => districts.includes(o.unitCode));

  // The year's table: the last year a source ranks the first unit chosen, as on the web slide.
  const sourcedYears = ranks.filter((o) => o.unitCode === districts[0] && o.provenance !== 'illustrative').map(yearOf);
  const year = sourcedYears.length ? Math.max(...sourcedYears) : (years.at(-1) ?? 0);
  const yearRanks = ranks.filter((o) => yearOf(o) === year).sort((a, b) => a.value - b.value);
  const score = (code: string) => data.ranking.find((o) => o.indicatorId === 'par_score' && o.unitCode === code && yearOf(o) === year);

  const projects = data.investment.filter((o) => o.indicatorId === 'investment_projects' && districts.includes(o.unitCode) && inYears(o));
  const projectSpan = projects.length
    ? formatPeriod(lang, {
        start: projects.map((o) => o.period.start).sort()[0]!,
        end: projects
          .map((o) => o.period.end)
          .sort()
          .at(-1)!,
      })
    : '';
  const province = data.province.filter(inYears);
  const provinceName = data.units.find((u) => u.type === 'province')?.name ?? '';
  const provinceOf = province[0]?.rankedOf ?? 63;
  const span = (ys: number[]) => (ys.length > 1 ? `${ys[0]}–${ys.at(-1)}` : ys.length ? String(ys[0]) : '');

  return [
    {
      title: `${t('deck.kpis')}: ${districts.map(nameOf).join(', ')}`,
      subtitle: t(commune ? 'ranking.chart.subtitleRankCommune' : 'ranking.chart.subtitleRank', { counts }),
      table: { header: [t('table.unit'), t('kpi.parRank'), t('compare.change'), t('kpi.projectsLatest'), t('kpi.projectsCumulative')], rows: kpiRows },
      legend: `${t('provenance.illustrative')}: ${t('provenance.illustrative.long')}`,
      footer: words.footer(sourceLineText(lang, cited(kpiObservations, data.sources))),
      notes: notes(kpiObservations),
    },
    chart(ranks, {
      title: t(commune ? 'ranking.chart.titleRankCommune' : 'ranking.chart.titleRank', { span: span(years) }),
      subtitle: t(commune ? 'ranking.chart.subtitleRankCommune' : 'ranking.chart.subtitleRank', { counts }),
      kind: 'line',
      unitCodes: districts,
    }),
    {
      title: t('ranking.table.title', { year }),
      subtitle: translate(lang, 'ranking.table.caption', { year, count: yearRanks[0]?.rankedOf ?? yearRanks.length }),
      table: {
        header: [t('table.rank'), t('table.unit'), t('table.score'), t('csv.provenance')],
        rows: yearRanks.map((o) => {
          const s = score(o.unitCode);
          return [formatRank(o.value, o.rankedOf), nameOf(o.unitCode), s ? formatNumber(lang, s.value) : '—', t(`provenance.${o.provenance}`)];
        }),
      },
      legend: words.legend.table,
      footer: words.footer(sourceLineText(lang, cited(yearRanks, data.sources))),
      notes: notes(yearRanks),
    },
    chart(projects, {
      title: t('investment.chart.titlePeriod'),
      subtitle: t('investment.chart.subtitle', { units: districts.map(nameOf).join(', '), span: projectSpan }),
      kind: 'bar',
      unitCodes: districts,
    }),
    chart(province, {
      title: translate(lang, 'province.title', { province: provinceName, count: provinceOf, span: span(province.map(yearOf)) }),
      subtitle: translate(lang, 'province.subtitle', { count: provinceOf }),
      kind: 'line',
      unitCodes: [],
      rankedOfInTitle: false,
    }),
  ];
}
