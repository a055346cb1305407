// Moments on the editors' pages (publications, sign-ins, the audit log), to the second, in the reader's language.
import { LOCALE } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

export function useFormatTime(): (iso: string) => string {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'short', timeStyle: 'medium' });
  return (iso: string) => format.format(new Date(iso));
}
