// Says where a figure comes from, in words and with a marker shape, never by colour alone.
import type { Provenance } from '../api/contract';
import { useI18n } from '../i18n/I18nProvider';

export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n();
  return (
    <span className={`provenance provenance--${provenance}`} title={t(`provenance.${provenance}.long`)}>
      <span className="provenance__marker" aria-hidden="true" />
      {t(`provenance.${provenance}`)}
    </span>
  );
}
