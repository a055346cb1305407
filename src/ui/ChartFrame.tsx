// The frame every chart shares: title, one-line subtitle, chart/table toggle, downloads, text
// summary, provenance legend and source line — so that no chart is ever shown without saying what it is.
import { useId, useRef, type ReactNode } from 'react';
import type { Observation, Source } from '../api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { EmbedChoice } from './EmbedChoice';
import { useEmbedded } from './embedded';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportMenu } from './ExportMenu';
import { sourceLineText } from './export/texts';
import { usePresenting } from './presenting';
import { Segmented } from './Segmented';
import { SourceLine } from './SourceLine';

type Props = {
  title: string;
  subtitle: string;
  mode: 'chart' | 'table';
  onModeChange: (mode: 'chart' | 'table') => void;
  chart: ReactNode;
  table: ReactNode;
  summary: ReactNode;
  /** Which provenance markers the chart uses, for its legend. */
  legendShape: 'line' | 'bar';
  sources: readonly Source[];
  notes?: ReactNode;
  controls?: ReactNode;
  /** What a download holds: the chart's data, and a file name saying what and when. */
  download?: { basename: string; observations: readonly Observation[]; unitCodes?: readonly string[] };
  /** The chart alone at /embed/… (its path and query), and the frame height that shows it whole. */
  embed?: { href: string; height: number };
};

export function ChartFrame({ title, subtitle, mode, onModeChange, chart, table, summary, legendShape, sources, notes, controls, download, embed }: Props) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const summaryId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  // On a slide, or embedded in another site's page, nothing is offered: the frame keeps what it says
  // and drops its toggles and downloads (an embed shows the chart; its summary says it in words).
  const presenting = usePresenting();
  const embedded = useEmbedded();
  const bare = presenting || embedded !== null;
  const legend = [
    t(legendShape === 'line' ? 'legend.sourced' : 'legend.sourced.bar'),
    t(legendShape === 'line' ? 'legend.illustrative' : 'legend.illustrative.bar'),
  ];
  const sourceText = sourceLineText(lang, sources);
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {title}
          </h2>
          <p className="chart-frame__subtitle">{subtitle}</p>
        </div>
        {bare ? null : (
          <div className="chart-frame__actions">
            <Segmented
              label={t('chart.display')}
              options={[
                { value: 'chart', label: t('chart.showChart') },
                { value: 'table', label: t('chart.showTable') },
              ]}
              value={mode}
              onChange={onModeChange}
            />
            {download ? (
              <ExportMenu
                basename={download.basename}
                observations={download.observations}
                chartRef={bodyRef}
                imagesAvailable={mode === 'chart'}
                kind={legendShape}
                unitCodes={download.unitCodes ?? []}
                slide={{ title, subtitle, legend, source: sourceText }}
              />
            ) : null}
            {embed ? <EmbedChoice href={embed.href} title={title} height={embed.height} /> : null}
          </div>
        )}
      </div>
      {bare ? null : controls}
      <div className="chart-frame__body" ref={bodyRef}>
        <ErrorBoundary resetKey={`${title}|${mode}`}>{mode === 'chart' || bare ? chart : table}</ErrorBoundary>
      </div>
      <figcaption className="chart-frame__caption">
        <p id={summaryId} className="chart-frame__summary">
          {summary}
        </p>
        <ProvenanceLegend shape={legendShape} />
        {notes}
        <SourceLine sources={sources} />
      </figcaption>
    </figure>
  );
}

/** Explains the provenance markers used on lines and bars. */
export function ProvenanceLegend({ shape }: { shape: 'line' | 'bar' }) {
  const { t } = useI18n();
  return (
    <ul className="provenance-legend" aria-label={t('legend.title')}>
      <li>
        <svg width="34" height="14" aria-hidden="true" className="provenance-legend__swatch">
          {shape === 'line' ? (
            <>
              <line x1="2" y1="7" x2="32" y2="7" strokeWidth="3" />
              <circle cx="17" cy="7" r="5" className="filled" />
            </>
          ) : (
            <rect x="4" y="1" width="26" height="12" className="filled" />
          )}
        </svg>
        {t(shape === 'line' ? 'legend.sourced' : 'legend.sourced.bar')}
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true" className="provenance-legend__swatch">
          {shape === 'line' ? (
            <>
              <line x1="2" y1="7" x2="32" y2="7" strokeWidth="3" strokeDasharray="6 5" />
              <circle cx="17" cy="7" r="5" className="hollow" />
            </>
          ) : (
            <rect x="5" y="2" width="24" height="10" className="hollow" strokeDasharray="4 3" />
          )}
        </svg>
        {t(shape === 'line' ? 'legend.illustrative' : 'legend.illustrative.bar')}
      </li>
    </ul>
  );
}
