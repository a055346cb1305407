// "Đăng nhập / Sign in": the form, or once signed in, where an editor goes next.
import { useI18n } from '../../i18n/I18nProvider';
import { EditorGate } from './EditorGate';
import { SessionBadge } from './SessionBadge';

export function SignInPage() {
  const { t } = useI18n();
  return <EditorGate title={t('signIn.title')}>{() => <SessionBadge always />}</EditorGate>;
}
