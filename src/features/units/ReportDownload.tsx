// "Tải báo cáo (.docx)" on a unit's profile: a Word report of the unit with the charts the page
// shows, drawn as print-resolution images. Its code (and the docx library) loads on the click.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { exportFileName } from '../../domain/csv';
import { yearOf } from '../../domain/observations';
import { useI18n } from '../../i18n/I18nProvider';
import { referenceQueries } from '../../queries';
import { ExportFailure } from '../../ui/ExportMenu';
import { useLiveControl } from '../../ui/useHydrated';
import type { UnitKpiData } from './useUnitKpis';

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

/** The profile's charts as the reader sees them: title, subtitle, summary sentence and, when drawn, an image. */
async function pageCharts(page: HTMLElement) {
  const { chartSlideSvg, svgToPng } = await import('../../ui/exportImage');
  return Promise.all(
    [...page.querySelectorAll('figure.chart-frame')].map(async (figure) => {
      const svg = figure.querySelector<SVGSVGElement>('.chart-frame__body svg.trend-chart__svg');
      const slide = {
        title: text(figure, '.chart-frame__title'),
        subtitle: text(figure, '.chart-frame__subtitle'),
        legend: [...figure.querySelectorAll('.provenance-legend li')].map((li) => li.textContent?.trim() ?? ''),
        source: text(figure, '.source-line'),
      };
      const png = svg ? await svgToPng(chartSlideSvg(svg, slide), 2) : null;
      return {
        title: slide.title,
        subtitle: slide.subtitle,
        sentence: text(figure, '.chart-frame__summary'),
        image: png ? new Uint8Array(await png.arrayBuffer()) : null,
      };
    }),
  );
}

export function ReportDownload({ kpis, page }: { kpis: UnitKpiData; page: RefObject<HTMLElement | null> }) {
  const { t, lang } = useI18n();
  const live = useLiveControl();
  const client = useQueryClient();
  const [failed, setFailed] = useState(false);

  const save = async () => {
    if (!page.current) throw new Error('no page to report on');
    const [charts, update, { reportContent }, { writeReport }, { download }] = await Promise.all([
      pageCharts(page.current),
      client.ensureQueryData(referenceQueries.dataUpdate()),
      import('./reportFile'),
      import('../../ui/export/report'),
      import('../../ui/exportImage'),
    ]);
    const blob = await writeReport(reportContent(kpis, charts, lang, new Date().toISOString().slice(0, 10), update));
    const years = [...kpis.rankSeries, ...kpis.cumulativeSeries].map(yearOf);
    download(blob, `${exportFileName(t('export.name.report'), [])}_${exportFileName(kpis.unit.name, years)}.docx`);
  };

  return (
    <>
      <button
        type="button"
        className="button"
        {...live}
        onClick={() => {
          setFailed(false);
          save().catch(() => setFailed(true));
        }}
      >
        {t('export.docx')}
      </button>
      <ExportFailure shown={failed} />
    </>
  );
}
