// The preview of an import: every problem at its row and column, then what publishing would change
// against the figures published now (new, changed old → new, replacing illustrative, unchanged).
import type { Observation } from '../../api/contract';
import type { Change, ChangeKind } from '../../domain/importTable';
import { formatNumber, formatPeriod, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { observationKey } from '../../domain/publication';
import { DataTable } from '../../ui/DataTable';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { issueText, type ShownIssue } from './importIssues';

export function IssueTable({ issues }: { issues: readonly ShownIssue[] }) {
  const { t } = useI18n();
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (issues.length === 0) return <p className="notice">{t('import.issues.none')}</p>;
  // Table-wide problems (a missing unit) after the rows, which the editor fixes in order.
  const sorted = [...issues].sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  const caption = `${t('import.issues.title')}: ${t('import.issues.errors', { count: errors })}, ${t('import.issues.warnings', { count: warnings })}`;
  return (
    <DataTable caption={caption} className="issue-table">
      <thead>
        <tr>
          <th scope="col">{t('import.col.row')}</th>
          <th scope="col">{t('import.col.column')}</th>
          <th scope="col">{t('import.col.severity')}</th>
          <th scope="col">{t('import.col.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((issue, i) => (
          <tr key={i} className={`issue issue--${issue.severity}`}>
            <th scope="row" className="numeric">
              {issue.row ?? '—'}
            </th>
            <td>{issue.column ? t(`import.template.${issue.column}`) : t('import.column.table')}</td>
            <td>{t(`import.severity.${issue.severity}`)}</td>
            <td>{issueText(t, issue)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Figure({ observation }: { observation: Observation | null }) {
  const { t, lang } = useI18n();
  if (!observation) return <>{t('import.diff.none')}</>;
  const value = observation.indicatorId === 'par_rank' ? formatRank(observation.value, observation.rankedOf) : formatNumber(lang, observation.value);
  return (
    <>
      {value} <ProvenanceBadge provenance={observation.provenance} />
    </>
  );
}

const KINDS: ChangeKind[] = ['new', 'changed', 'source_changed', 'replaces_illustrative', 'unchanged'];

export function DiffTable({
  changes,
  unitName,
  indicatorLabel,
}: {
  changes: readonly Change[];
  unitName: (code: string) => string;
  indicatorLabel: (id: string) => string;
}) {
  const { t, lang } = useI18n();
  const count = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  const [added, changed, sourceChanged, replaces, unchanged] = KINDS.map(count);
  return (
    <section aria-labelledby="import-diff-title" className="import-diff">
      <h2 id="import-diff-title">{t('import.diff.title')}</h2>
      <p>{t('import.diff.summary', { new: added!, changed: changed!, sourceChanged: sourceChanged!, replaces: replaces!, unchanged: unchanged! })}</p>
      <DataTable caption={t('import.diff.title')}>
        <thead>
          <tr>
            <th scope="col">{t('import.template.unit')}</th>
            <th scope="col">{t('import.diff.col.indicator')}</th>
            <th scope="col">{t('import.diff.col.before')}</th>
            <th scope="col">{t('import.diff.col.after')}</th>
            <th scope="col">{t('import.diff.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={observationKey(c.after)} className={`change change--${c.kind}`}>
              <th scope="row">{unitName(c.after.unitCode)}</th>
              <td>
                {indicatorLabel(c.after.indicatorId)} ({formatPeriod(lang, c.after.period)})
              </td>
              <td>
                <Figure observation={c.before} />
              </td>
              <td>
                <Figure observation={c.after} />
              </td>
              <td>{t(`import.diff.${c.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
