// What is imported: a year's PAR Index ranking or a period's investment projects, the level that
// follows from it, and the ready template listing the units that existed then.
import type { Period, Unit } from '../../api/contract';
import { levelOfPeriod } from '../../domain/importInvestment';
import { periodKey } from '../../domain/periods';
import { formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { download } from '../../ui/exportImage';
import type { ImportChoice } from './importPlan';
import { investmentTemplate, rankingTemplate, templateCsv, templateXlsx, type Template } from './template';

/** District-level units were ranked until the 2025 reform; the data begins in 2019. */
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

type Props = { choice: ImportChoice; units: Unit[] | undefined; periods: readonly Period[]; onChange: (choice: ImportChoice) => void };

export function ImportChoiceFields({ choice, units, periods, onChange }: Props) {
  const { t, lang } = useI18n();
  const template = (all: Unit[]): Template =>
    choice.kind === 'ranking'
      ? rankingTemplate(choice.year, all, {
          code: t('import.template.code'),
          unit: t('import.template.unit'),
          rank: t('import.template.rank'),
          score: t('import.template.score'),
        })
      : investmentTemplate(choice.period, all, { code: t('import.template.code'), unit: t('import.template.unit'), count: t('import.template.count') });
  const downloadTemplate = (format: 'csv' | 'xlsx') => {
    if (!units) return;
    const chosen = template(units);
    const name = `${chosen.baseName}.${format}`;
    if (format === 'csv') download(templateCsv(chosen), name);
    else void templateXlsx(chosen).then((blob) => download(blob, name));
  };
  const level = choice.kind === 'ranking' ? 'district' : levelOfPeriod(choice.period);
  const when = choice.kind === 'ranking' ? String(choice.year) : formatPeriod(lang, choice.period);
  const defaultPeriod = periods.find((p) => p.start === '2024-01') ?? periods[0]!;
  return (
    <fieldset className="editor-form__group">
      <legend>{t('import.what')}</legend>
      <label className="editor-form__field">
        <span>{t('import.kind')}</span>
        <select
          value={choice.kind}
          onChange={(e) => onChange(e.target.value === 'ranking' ? { kind: 'ranking', year: 2024 } : { kind: 'investment', period: defaultPeriod })}
        >
          <option value="ranking">{t('import.kind.parRanking')}</option>
          <option value="investment">{t('import.kind.investment')}</option>
        </select>
      </label>
      {choice.kind === 'ranking' ? (
        <label className="editor-form__field">
          <span>{t('import.year')}</span>
          <select value={choice.year} onChange={(e) => onChange({ kind: 'ranking', year: Number(e.target.value) })}>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label className="editor-form__field">
          <span>{t('import.period')}</span>
          <select
            value={periodKey(choice.period)}
            onChange={(e) => onChange({ kind: 'investment', period: periods.find((p) => periodKey(p) === e.target.value)! })}
          >
            {periods.map((p) => (
              <option key={periodKey(p)} value={periodKey(p)}>
                {formatPeriod(lang, p)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p>{t(level === 'district' ? 'import.level' : 'import.level.commune')}</p>
      <p>{t('import.template', { year: when })}</p>
      <div className="editor-form__actions">
        <button type="button" className="button button--quiet" disabled={!units} onClick={() => downloadTemplate('csv')}>
          {t('import.template.csv')}
        </button>
        <button type="button" className="button button--quiet" disabled={!units} onClick={() => downloadTemplate('xlsx')}>
          {t('import.template.xlsx')}
        </button>
      </div>
    </fieldset>
  );
}
