// Downloads for a chart: a 16:9 PNG (2×) or SVG with title, legend and sources baked in, and the
// chart's data as CSV or as an Excel workbook, and the chart as a PowerPoint slide whose chart is
// native (editable, its data embedded). The code of each format is loaded only when a
// download is asked for.
import { useLiveControl } from './useHydrated';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import type { Observation } from '../api/contract';
import { observationsCsv } from '../domain/csv';
import { workbookContent } from '../domain/exportTable';
import type { ChartKind } from '../domain/slideChart';
import { columnHeader, slideWords, workbookText } from './export/texts';
import { SERIES_COLOURS } from './palette';
import { useI18n } from '../i18n/I18nProvider';
import { referenceQueries } from '../queries';
import type { SlideText } from './exportImage';

type Props = {
  basename: string;
  observations: readonly Observation[];
  chartRef: RefObject<HTMLElement | null>;
  slide: SlideText;
  /** Images need the drawn chart: only offered while the chart (not its table) is shown. */
  imagesAvailable: boolean;
  /** How the chart draws its data (lines or bars), and the units it emphasises (all when empty). */
  kind: ChartKind;
  unitCodes: readonly string[];
};

export function ExportMenu({ basename, observations, chartRef, slide, imagesAvailable, kind, unitCodes }: Props) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const [failed, setFailed] = useState(false);
  const live = useLiveControl();

  const start = (task: () => Promise<void>) => {
    setFailed(false);
    task().catch(() => setFailed(true));
  };

  const image = (format: 'png' | 'svg') =>
    start(async () => {
      const svg = chartRef.current?.querySelector<SVGSVGElement>('svg.trend-chart__svg');
      if (!svg) throw new Error('no chart drawn');
      const { chartSlideSvg, svgToPng, download } = await import('./exportImage');
      const markup = chartSlideSvg(svg, slide);
      const blob = format === 'svg' ? new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(markup);
      download(blob, `${basename}.${format}`);
    });

  /** Names, labels and sources come from the cache, fetched now if this is the first thing the reader does. */
  const referenceData = () =>
    Promise.all([
      client.ensureQueryData(referenceQueries.units()),
      client.ensureQueryData(referenceQueries.indicators()),
      client.ensureQueryData(referenceQueries.sources()),
      client.ensureQueryData(referenceQueries.dataUpdate()),
    ]).then(([units, indicators, sources, update]) => ({ units, indicators, sources, update }));

  const csv = () =>
    start(async () => {
      const [data, { download }] = await Promise.all([referenceData(), import('./exportImage')]);
      const text = observationsCsv(observations, { ...data, lang, provenanceLabel: (p) => t(`provenance.${p}`), header: columnHeader(lang) });
      download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${basename}.csv`);
    });

  const xlsx = () =>
    start(async () => {
      const [data, { writeWorkbook }, { download }] = await Promise.all([referenceData(), import('./export/workbook'), import('./exportImage')]);
      const content = workbookContent(observations, { ...data, lang, provenanceLabel: (p) => t(`provenance.${p}`) }, workbookText(lang, data.update));
      download(await writeWorkbook(content), `${basename}.xlsx`);
    });

  const pptx = () =>
    start(async () => {
      const [data, { chartDeckSlide }, { writeDeck }, { download }] = await Promise.all([
        referenceData(),
        import('../domain/slideChart'),
        import('./export/deck'),
        import('./exportImage'),
      ]);
      const indicator = data.indicators.find((i) => i.id === observations[0]?.indicatorId);
      const content = chartDeckSlide(
        { ...slide, kind, observations, unitCodes, valueTitle: indicator?.measure[lang] ?? '', sourceLine: slide.source },
        data,
        slideWords(lang, data.update),
      );
      download(await writeDeck({ title: slide.title, slides: [content], colours: SERIES_COLOURS }), `${basename}.pptx`);
    });

  return (
    <div className="export-menu" role="group" aria-label={t('export.label')}>
      <span className="export-menu__label" aria-hidden="true">
        {t('export.label')}:
      </span>
      {imagesAvailable ? (
        <>
          <button type="button" className="export-menu__button" {...live} onClick={() => image('png')} aria-label={t('export.png')}>
            PNG
          </button>
          <button type="button" className="export-menu__button" {...live} onClick={() => image('svg')} aria-label={t('export.svg')}>
            SVG
          </button>
        </>
      ) : null}
      <button type="button" className="export-menu__button" {...live} onClick={csv} aria-label={t('export.csv')}>
        CSV
      </button>
      <button type="button" className="export-menu__button" {...live} onClick={xlsx} aria-label={t('export.xlsx')}>
        XLSX
      </button>
      <button type="button" className="export-menu__button" {...live} onClick={pptx} aria-label={t('export.pptx')}>
        PPTX
      </button>
      <ExportFailure shown={failed} />
    </div>
  );
}

/** What a download that failed says, where its buttons are. */
export function ExportFailure({ shown }: { shown: boolean }) {
  const { t } = useI18n();
  return shown ? (
    <span role="alert" className="export-menu__error">
      {t('export.failed')}
    </span>
  ) : null;
}
