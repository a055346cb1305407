// What a unit's Word report says: its headline figures (each with its provenance), the charts the
// profile shows with their sentences, its events and its sources with URLs. Loaded on demand.
import type { DataUpdate, Observation, Source } from '../../api/contract';
import { yearOf } from '../../domain/observations';
import { translate, type Language, type PlainKey } from '../../i18n/catalogue';
import { formatNumber, formatPartialDate, formatPeriod, formatRank } from '../../i18n/format';
import { dataUpdatedText } from '../../ui/export/texts';
import type { ReportChart, ReportContent } from '../../ui/export/report';
import type { UnitKpiData } from './useUnitKpis';

/** A source as the list gives it: "Publisher: title (date) — URL". */
const sourceEntry = (lang: Language, s: Source) =>
  `${s.publisher}: ${s.title}${s.published ? ` (${formatPartialDate(lang, s.published)})` : ''} — ${s.url ?? translate(lang, 'pptx.notes.noUrl')}`;

export function reportContent(kpis: UnitKpiData, charts: readonly ReportChart[], lang: Language, today: string, update: DataUpdate): ReportContent {
  const t = (key: PlainKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const { unit, parent, rank, projectsLatest, projectsCumulative, events, sources } = kpis;
  const provenance = (o: Pick<Observation, 'provenance'>) => t(`provenance.${o.provenance}`);
  const rows: string[][] = [];
  if (rank) {
    rows.push([t('kpi.parRank'), formatRank(rank.latest.value, rank.latest.rankedOf), String(yearOf(rank.latest)), provenance(rank.latest)]);
    const change = rank.sinceFirst;
    if (change) {
      const n = Math.abs(change.places);
      const moved = change.places === 0 ? t('kpi.change.same') : translate(lang, change.places > 0 ? 'kpi.change.up' : 'kpi.change.down', { count: n });
      rows.push([t('compare.change'), moved, `${yearOf(change.from)}–${yearOf(change.to)}`, provenance(change)]);
    }
  }
  for (const [label, o] of [
    [t('kpi.projectsLatest'), projectsLatest],
    [t('kpi.projectsCumulative'), projectsCumulative],
  ] as const) {
    if (o) rows.push([label, formatNumber(lang, o.value), formatPeriod(lang, o.period), provenance(o)]);
  }
  const name = `${t(`unit.type.${unit.type}`)} ${unit.name}`;
  return {
    title: t('report.title', { unit: name }),
    date: t('report.date', { date: formatPartialDate(lang, today) }),
    dataUpdated: dataUpdatedText(lang, update),
    lead: t('profile.meta', { code: unit.code, parent: parent?.name ?? '—' }),
    figuresHeading: t('deck.kpis'),
    figures: { header: [t('csv.indicator'), t('csv.value'), t('table.period'), t('csv.provenance')], rows },
    legend: `${t('provenance.illustrative')}: ${t('provenance.illustrative.long')}`,
    chartsHeading: t('report.charts'),
    charts: [...charts],
    noImage: t('report.noImage'),
    eventsHeading: t('profile.events'),
    events: events.map((e) => `${formatPartialDate(lang, e.date)} — ${t(`event.kind.${e.kind}`)}: ${e.title[lang]}`),
    sourcesHeading: t('profile.sources'),
    sources: sources.map((s) => sourceEntry(lang, s)),
  };
}
