// The frame every chart shares: title, one-line subtitle, chart/table toggle, text summary,
// provenance legend and source line — so that no chart is ever shown without saying what it is.
import { useId, type ReactNode } from 'react';
import type { Source } from '../api/contract';
import { useI18n } from '../i18n/I18nProvider';
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
  legend?: ReactNode;
  sources: readonly Source[];
  notes?: ReactNode;
  controls?: ReactNode;
};

export function ChartFrame({ title, subtitle, mode, onModeChange, chart, table, summary, legend, sources, notes, controls }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="chart-frame__header">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {title}
          </h2>
          <p className="chart-frame__subtitle">{subtitle}</p>
        </div>
        <Segmented
          label={t('chart.display')}
          options={[
            { value: 'chart', label: t('chart.showChart') },
            { value: 'table', label: t('chart.showTable') },
          ]}
          value={mode}
          onChange={onModeChange}
        />
      </div>
      {controls}
      <div className="chart-frame__body">{mode === 'chart' ? chart : table}</div>
      <figcaption className="chart-frame__caption">
        <p id={summaryId} className="chart-frame__summary">
          {summary}
        </p>
        {legend}
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
