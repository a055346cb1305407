// A rank change as "▲ 8" / "▼ 3" / "=", with the words for screen readers.
import type { RankChange } from '../../domain/observations';
import { yearOf } from '../../domain/observations';
import { useI18n } from '../../i18n/I18nProvider';

export function RankChangeText({ change, withYear = true }: { change: RankChange; withYear?: boolean }) {
  const { t } = useI18n();
  const n = Math.abs(change.places);
  const direction = change.places > 0 ? 'up' : change.places < 0 ? 'down' : 'same';
  const symbol = direction === 'up' ? `▲ ${n}` : direction === 'down' ? `▼ ${n}` : '=';
  const words = direction === 'same' ? t('kpi.change.same') : t(`kpi.change.${direction}`, { count: n });
  return (
    <span className={`rank-change rank-change--${direction}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
      {withYear ? <span className="rank-change__since"> {t('kpi.change.since', { year: yearOf(change.from) })}</span> : null}
    </span>
  );
}
