// Keeps a failure in one chart or view from taking down the page: it shows a message in place
// of what failed, with a way to try again.
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: Error | null };

function RenderFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{t('error.render')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    return this.state.error ? <RenderFailed onRetry={() => this.setState({ error: null })} /> : this.props.children;
  }
}
