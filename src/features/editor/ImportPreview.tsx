// The preview of an import: every problem at its row and column, then what publishing would change
// against the figures published now (new, changed old → new, replacing illustrative, unchanged);
// the History shows a version's changes with the same table.
import type { Observation } from '../../api/contract';
import { useId } from 'react';
import type { ChangeKind } from '../../domain/importTable';
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

/** A change as the preview and the History show it: the import's own, or a version's (which may remove a value). */
type ShownChange = { kind: ChangeKind | 'removed'; before: Observation | null; after: Observation | null };

export function DiffTable({
  changes,
  unitName,
  indicatorLabel,
  title,
  level = 2,
  limit = Infinity,
}: {
  changes: readonly ShownChange[];
  unitName: (code: string) => string;
  indicatorLabel: (id: string) => string;
  title: string;
  level?: 2 | 3;
  /** Rows shown at most; the rest are counted under the table. */
  limit?: number;
}) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const count = (kind: ShownChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const [added, changed, sourceChanged, replaces, unchanged] = KINDS.map(count);
  const removed = count('removed');
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={titleId} className="import-diff">
      <Heading id={titleId}>{title}</Heading>
      <p>
        {t('import.diff.summary', { new: added!, changed: changed!, sourceChanged: sourceChanged!, replaces: replaces!, unchanged: unchanged! })}
        {removed > 0 ? ` · ${t('import.diff.summaryRemoved', { count: removed })}` : null}
      </p>
      <DataTable caption={title}>
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
          {changes.slice(0, limit).map((c) => {
            const place = (c.after ?? c.before)!;
            return (
              <tr key={`${c.kind}|${observationKey(place)}`} className={`change change--${c.kind}`}>
                <th scope="row">{unitName(place.unitCode)}</th>
                <td>
                  {indicatorLabel(place.indicatorId)} ({formatPeriod(lang, place.period)})
                </td>
                <td>
                  <Figure observation={c.before} />
                </td>
                <td>
                  <Figure observation={c.after} />
                </td>
                <td>{t(`import.diff.${c.kind}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      {changes.length > limit ? <p>{t('import.diff.more', { count: changes.length - limit })}</p> : null}
    </section>
  );
}
