// "Nhập số liệu / Import data": a year's PAR Index table from a file, checked in the browser as soon
// as it is chosen, compared with what is published, and published with its source. The server
// checks it again and alone decides; its refusals are shown at their rows too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { isApiError } from '../../api/errors';
import { checkRanking, unitsRankedIn } from '../../domain/importRanking';
import { diffObservations, rankingObservations, readRankingTable } from '../../domain/importTable';
import { useI18n } from '../../i18n/I18nProvider';
import { observationQueries, referenceQueries } from '../../queries';
import { Link } from '../../routing/Link';
import { useLocation, withParams } from '../../routing/location';
import { routePath } from '../../routing/routes';
import { download } from '../../ui/exportImage';
import { EditorGate } from './EditorGate';
import { readImportFile, type ReadFile } from './importFile';
import { serverIssue, type ShownIssue } from './importIssues';
import { DiffTable, IssueTable } from './ImportPreview';
import { checkSource, EMPTY_SOURCE, SourceFields, sourceFieldLabel, type SourceDraft } from './SourceFields';
import { rankingTemplateCsv, rankingTemplateXlsx, templateFileName } from './template';

/** District-level units were ranked until the 2025 reform; the data begins in 2019. */
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function ImportForm() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const location = useLocation();
  const ids = useId();
  const [year, setYear] = useState(2024);
  const [source, setSource] = useState<SourceDraft>(EMPTY_SOURCE);
  const [file, setFile] = useState<{ name: string; type: string; read: ReadFile } | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const units = useQuery(referenceQueries.units()).data;
  const indicators = useQuery(referenceQueries.indicators()).data;
  const current = useQuery(observationQueries.list({ indicators: ['par_rank', 'par_score'], from: String(year), to: String(year) })).data;

  const header = { code: t('import.template.code'), unit: t('import.template.unit'), rank: t('import.template.rank'), score: t('import.template.score') };
  const checkedSource = checkSource(source);
  const preview = useMemo(() => {
    if (!file?.read.ok || !units) return null;
    const table = readRankingTable(file.read.sheet);
    if (!table.ok) return { table, issues: [], values: [], rankedOf: 0 };
    return { table, ...checkRanking(year, table.rows, units), rankedOf: unitsRankedIn(year, units).length };
  }, [file, units, year]);
  // Until the source is complete the preview names it by its number alone; publishing needs it whole.
  const observationSource = checkedSource.ok
    ? checkedSource.source
    : { id: source.id.trim() || '—', title: '—', publisher: '—', published: null, url: null, note: null };
  const observations = preview ? rankingObservations(year, preview.values, preview.rankedOf, observationSource) : [];
  // The file row each observation came from, to put a refusal of the server back at it.
  const rowOfObservation = (preview?.values ?? []).flatMap((v) => (v.score === null ? [v.row] : [v.row, v.row]));

  const publish = useMutation({
    mutationFn: () => {
      if (!preview || !checkedSource.ok || !file?.read.ok) throw new Error('nothing to publish');
      const summary = t('import.summary', { year, count: observations.filter((o) => o.indicatorId === 'par_rank').length, source: checkedSource.source.id });
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
  const refusal: ShownIssue[] = publish.error && isApiError(publish.error) && preview ? [serverIssue(publish.error, rowOfObservation)] : [];
  const issues: ShownIssue[] = [...(preview?.issues ?? []), ...refusal];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const blocked = !file
    ? 'import.blocked.file'
    : !preview || !preview.table.ok || preview.issues.some((i) => i.severity === 'error')
      ? 'import.blocked.errors'
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
  const unitName = (code: string) => units?.find((u) => u.code === code)?.name ?? code;
  const indicatorLabel = (id: string) => indicators?.find((i) => i.id === id)?.label[lang] ?? id;

  return (
    <>
      <p className="lead">{t('import.lead')}</p>
      <div className="editor-form">
        <fieldset className="editor-form__group">
          <legend>{t('import.what')}</legend>
          <p>{t('import.kind.parRanking')}</p>
          <label className="editor-form__field">
            <span>{t('import.year')}</span>
            <select value={year} onChange={(e) => (setYear(Number(e.target.value)), publish.reset())}>
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <p>{t('import.level')}</p>
          <p>{t('import.template', { year })}</p>
          <div className="editor-form__actions">
            <button
              type="button"
              className="button button--quiet"
              disabled={!units}
              onClick={() => units && download(rankingTemplateCsv(year, units, header), templateFileName(year, 'csv'))}
            >
              {t('import.template.csv')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={!units}
              onClick={() => void (units && rankingTemplateXlsx(year, units, header).then((blob) => download(blob, templateFileName(year, 'xlsx'))))}
            >
              {t('import.template.xlsx')}
            </button>
          </div>
        </fieldset>
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
            {t('import.file.read', { count: preview?.table.ok ? preview.table.rows.length : 0, name: file.name })}{' '}
            {file.read.encoding !== 'xlsx' && file.read.encoding !== 'utf-8' ? t('import.file.encoding', { encoding: file.read.encoding }) : null}{' '}
            {file.read.legacy ? <strong>{t(`import.file.${file.read.legacy}`)}</strong> : null}
          </p>
        ) : null}
        {preview && !preview.table.ok ? (
          <p className="form-error" role="alert">
            {t('import.file.noHeader')}
          </p>
        ) : null}
      </div>

      {preview?.table.ok ? <IssueTable issues={issues} /> : null}
      {preview?.table.ok && warnings > 0 && errors === 0 ? (
        <label className="editor-form__check">
          <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} /> {t('import.acknowledge')}
        </label>
      ) : null}
      {preview?.table.ok && current && observations.length > 0 ? (
        <DiffTable changes={diffObservations(current, observations)} unitName={unitName} indicatorLabel={indicatorLabel} />
      ) : null}

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
              {t('import.published')} <Link href={withParams(location, { year: String(year) }, routePath('ranking'))}>{t('import.viewRanking', { year })}</Link>
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

export function ImportPage() {
  const { t } = useI18n();
  return <EditorGate title={t('import.title')}>{() => <ImportForm />}</EditorGate>;
}
