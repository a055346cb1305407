// Names a source: publisher, title and date, linked when it has an address.
import type { Source } from '../api/contract';
import { formatPartialDate } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

export function SourceCitation({ source }: { source: Source }) {
  const { lang } = useI18n();
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
  return (
    <>
      {source.publisher}, {title}
      {source.published ? ` (${formatPartialDate(lang, source.published)})` : null}
    </>
  );
}

/** The line under a chart or card: "Nguồn: …; …". */
export function SourceLine({ sources }: { sources: readonly Source[] }) {
  const { t } = useI18n();
  return (
    <p className="source-line">
      {t('source.label')}:{' '}
      {sources.length === 0
        ? t('source.none')
        : sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? '; ' : null}
              <SourceCitation source={s} />
            </span>
          ))}
    </p>
  );
}
