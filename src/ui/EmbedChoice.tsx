// "Embed": the <iframe> snippet that shows this chart on another site's page (/embed/… on the
// dashboard's server), with a button to copy it. A static copy of the app has no server to answer
// /embed/…: there the choice says so instead of giving a snippet that would show nothing.
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useLiveControl } from './useHydrated';

type Props = {
  /** The embed's path and query, e.g. /embed/ranking?units=414. */
  href: string;
  title: string;
  /** The frame's height that shows the whole chart with its legend and sources on a desktop. */
  height: number;
};

/** The mark the Node server puts in every page it serves (see src/server/http/spa.ts). */
const servedByServer = () => document.querySelector('meta[name="kpi-api"][content="server"]') !== null;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedChoice({ href, title, height }: Props) {
  const { t } = useI18n();
  const live = useLiveControl();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  // Read when opened, in the browser: the server's HTML and the hydrating render both leave it closed.
  const snippet = open && servedByServer() ? embedSnippet(new URL(href, window.location.origin).href, title, height) : null;

  // No clipboard on a page served over plain http: then the reader is told to copy by hand.
  const copy = (text: string) =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setCopied('yes'),
        () => setCopied('failed'),
      );

  return (
    <div className="embed-choice">
      <button
        type="button"
        className="export-menu__button"
        {...live}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t('embed.buttonLabel')}
        onClick={() => {
          setOpen(!open);
          setCopied(null);
        }}
      >
        {t('embed.button')}
      </button>
      {open ? (
        <div id={panelId} className="embed-choice__panel">
          {snippet ? (
            <>
              <label htmlFor={`${panelId}-code`}>{t('embed.instructions')}</label>
              <textarea id={`${panelId}-code`} className="embed-choice__code" readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="export-menu__button" onClick={() => void copy(snippet)}>
                {t('embed.copy')}
              </button>
              <span role="status" className="embed-choice__status">
                {copied === 'yes' ? t('embed.copied') : copied === 'failed' ? t('embed.copyFailed') : null}
              </span>
            </>
          ) : (
            <p className="embed-choice__note">{t('embed.needsServer')}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
