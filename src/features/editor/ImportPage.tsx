// "Nhập số liệu / Import data": a year's PAR Index table or a period's investment projects from a
// file, checked in the browser as soon as it is chosen, compared with what is published, and
// published with its source. The server checks it again and alone decides; its refusals are shown
// at their rows too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { isApiError } from '../../api/errors';
import { changedUnits, PREVIEW_UNITS, type ImportChartPreview } from '../../domain/importChart';
import { INVESTMENT_PERIODS, levelOfPeriod } from '../../domain/importInvestment';
import { diffObservations } from '../../domain/importTable';
import { formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { referenceQueries } from '../../queries';
import { Link } from '../../routing/Link';
import { useLocation, withParams } from '../../routing/location';
import { routePath } from '../../routing/routes';
import { EditorGate } from './EditorGate';
import { ImportChoiceFields } from './ImportChoiceFields';
import { readImportFile, type ReadFile } from './importFile';
import { serverIssue, type ShownIssue } from './importIssues';
import { useImportPlan, type ImportChoice } from './importPlan';
import { DiffTable, IssueTable } from './ImportPreview';
import { checkSource, EMPTY_SOURCE, SourceFields, sourceFieldLabel, type SourceDraft } from './SourceFields';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Draws the chart an import will change, with the figures it will leave: the app passes the features' own charts. */
export type PreviewChart = (preview: ImportChartPreview) => ReactNode;

function ImportForm({ previewChart }: { previewChart: PreviewChart }) {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const location = useLocation();
  const ids = useId();
  const [choice, setChoice] = useState<ImportChoice>({ kind: 'ranking', year: 2024 });
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);
  const [file, setFile] = useState<{ name: string; type: string; read: ReadFile } | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const units = useQuery(referenceQueries.units()).data;
  const indicators = useQuery(referenceQueries.indicators()).data;
  const sources = useQuery(referenceQueries.sources()).data;

  const checkedSource = checkSource(source);
  // Until the source is complete the preview names it by its number alone; publishing needs it whole.
  const observationSource = checkedSource.ok
    ? checkedSource.source
    : { id: source.id.trim() || '—', title: '—', publisher: '—', published: null, url: null, note: null };
  const plan = useImportPlan(choice, file?.read.ok ? file.read.sheet : null, units, observationSource);
  const observations = plan?.observations ?? [];

  const publish = useMutation({
    mutationFn: () => {
      if (!plan || !checkedSource.ok || !file?.read.ok) throw new Error('nothing to publish');
      const summary =
        choice.kind === 'ranking'
          ? t('import.summary', { year: choice.year, count: plan.unitCount, source: checkedSource.source.id })
          : t('import.summary.investment', { period: formatPeriod(lang, choice.period), count: plan.unitCount, source: checkedSource.source.id });
      return api.publish({
        source: checkedSource.source,
        summary,
        observations,
        file: { name: file.name, type: file.type, base64: toBase64(file.read.bytes) },
      });
    },
    // Every page's figures may have changed: they ask again (the data version tells them what is new).
    onSuccess: () => void client.invalidateQueries(),
  });
  const refusal: ShownIssue[] = publish.error && isApiError(publish.error) && plan ? [serverIssue(publish.error, plan.rowOfObservation, choice.kind)] : [];
  const issues: ShownIssue[] = [...(plan?.issues ?? []), ...refusal];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const blocked = !file
    ? 'import.blocked.file'
    : !plan || !plan.tableOk || plan.issues.some((i) => i.severity === 'error')
      ? 'import.blocked.errors'
      : observations.length === 0
        ? 'import.blocked.empty'
        : !checkedSource.ok
          ? 'import.blocked.source'
          : warnings > 0 && !acknowledged
            ? 'import.blocked.warnings'
            : null;

  const choose = async (chosen: File | undefined) => {
    publish.reset();
    setAcknowledged(false);
    setFile(chosen ? { name: chosen.name, type: chosen.type || 'application/octet-stream', read: await readImportFile(chosen) } : null);
  };
  const changes = plan?.tableOk && observations.length > 0 ? diffObservations(plan.current, [...observations, ...plan.derived]) : null;
  const level = choice.kind === 'ranking' ? 'district' : levelOfPeriod(choice.period);
  const chartUnits = changes ? changedUnits(changes).slice(0, PREVIEW_UNITS) : [];
  const unitName = (code: string) => units?.find((u) => u.code === code)?.name ?? code;
  const indicatorLabel = (id: string) => indicators?.find((i) => i.id === id)?.label[lang] ?? id;
  const published =
    choice.kind === 'ranking'
      ? { href: withParams(location, { year: String(choice.year) }, routePath('ranking')), label: t('import.viewRanking', { year: choice.year }) }
      : {
          href: withParams(
            location,
            {
              units: observations
                .slice(0, 3)
                .map((o) => o.unitCode)
                .join(','),
              level: choice.period.start >= '2025-07' ? 'commune' : 'district',
            },
            routePath('investment'),
          ),
          label: t('import.viewInvestment'),
        };

  return (
    <>
      <p className="lead">{t('import.lead')}</p>
      <div className="editor-form">
        <ImportChoiceFields
          choice={choice}
          units={units}
          onChange={(next) => (setChoice(next), setAcknowledged(false), publish.reset())}
          periods={INVESTMENT_PERIODS}
        />
        <SourceFields value={source} onChange={(next) => (setSource(next), publish.reset())} />
        {!checkedSource.ok && Object.values(source).some((v) => v !== '') ? (
          <p className="form-error">{t('import.source.invalid', { fields: checkedSource.fields.map((f) => sourceFieldLabel(t, f)).join(', ') })}</p>
        ) : null}
        <label className="editor-form__field">
          <span>{t('import.file')}</span>
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
      </div>

      <div aria-live="polite">
        {file && !file.read.ok ? (
          <p className="form-error" role="alert">
            {t(`import.file.${file.read.reason}`, { detail: file.read.detail })}
          </p>
        ) : null}
        {file?.read.ok ? (
          <p>
            {t('import.file.read', { count: plan?.rows ?? 0, name: file.name })}{' '}
            {file.read.encoding !== 'xlsx' && file.read.encoding !== 'utf-8' ? t('import.file.encoding', { encoding: file.read.encoding }) : null}{' '}
            {file.read.legacy ? <strong>{t(`import.file.${file.read.legacy}`)}</strong> : null}
          </p>
        ) : null}
        {plan && !plan.tableOk ? (
          <p className="form-error" role="alert">
            {t(choice.kind === 'ranking' ? 'import.file.noHeader' : 'import.file.noHeader.investment')}
          </p>
        ) : null}
      </div>

      {plan?.tableOk ? <IssueTable issues={issues} /> : null}
      {plan?.tableOk && warnings > 0 && errors === 0 ? (
        <label className="editor-form__check">
          <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} /> {t('import.acknowledge')}
        </label>
      ) : null}
      {plan && chartUnits.length > 0 && units
        ? previewChart({
            kind: choice.kind,
            level,
            observations: plan.after,
            unitCodes: chartUnits,
            names: new Map(units.map((u) => [u.code, u.name])),
            sources: [...(sources ?? []).filter((s) => s.id !== observationSource.id), observationSource],
          })
        : null}
      {plan && changes ? <DiffTable changes={changes} unitName={unitName} indicatorLabel={indicatorLabel} title={t('import.diff.title')} /> : null}

      <div className="editor-form__actions">
        <button
          type="button"
          className="button"
          disabled={blocked !== null || publish.isPending || publish.isSuccess}
          aria-describedby={`${ids}-publish`}
          onClick={() => publish.mutate()}
        >
          {t(publish.isPending ? 'import.publishing' : 'import.publish')}
        </button>
        <p id={`${ids}-publish`} role="status">
          {publish.isSuccess ? (
            <>
              {t('import.published')} <Link href={published.href}>{published.label}</Link>
            </>
          ) : publish.error ? (
            t('import.refused', { message: isApiError(publish.error) ? (publish.error.body?.message ?? publish.error.message) : publish.error.message })
          ) : blocked ? (
            t(blocked)
          ) : null}
        </p>
      </div>
    </>
  );
}

export function ImportPage({ previewChart }: { previewChart: PreviewChart }) {
  const { t } = useI18n();
  return <EditorGate title={t('import.title')}>{() => <ImportForm previewChart={previewChart} />}</EditorGate>;
}
