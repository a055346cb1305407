// A table cell's value with its provenance as a marker and words (for screen readers and print).
import type { Provenance } from '../api/contract';
import { useI18n } from '../i18n/I18nProvider';

export function ValueWithProvenance({ text, provenance }: { text: string; provenance: Provenance }) {
  const { t } = useI18n();
  return (
    <span className={`cell-value cell-value--${provenance}`}>
      {text}
      {provenance === 'illustrative' ? (
        <span className="cell-value__marker" title={t('provenance.illustrative.long')}>
          <span aria-hidden="true">◌</span>
          <span className="visually-hidden"> ({t('provenance.illustrative')})</span>
        </span>
      ) : (
        <span className="cell-value__marker" title={t(`provenance.${provenance}.long`)}>
          <span aria-hidden="true">●</span>
          <span className="visually-hidden"> ({t(`provenance.${provenance}`)})</span>
        </span>
      )}
    </span>
  );
}
