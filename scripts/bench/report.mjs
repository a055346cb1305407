// Statistics and the printed tables: medians, ratios to the reference, budgets met or missed.
import { execFileSync } from 'node:child_process';

export const median = (values) => {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
};

export const ms = (v) => (v === null || v === undefined ? '—' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`);
export const kb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
export const mb = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1e6).toFixed(1)} MB`);

/** A fixed-width text table; the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for the README. */
export function markdownTable(rows) {
  const line = (r) => `| ${r.map((c) => String(c ?? '')).join(' | ')} |`;
  return [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

/**
 * One result row: the figure, its reference and ratio where there is one, the budget and whether
 * it is met. `budget` is { text, ok(value, ratio), needsReference? } or null.
 */
export function resultRow({ dataset, metric, value, format, reference = null, samples, budget = null, note = '' }) {
  const ratio = value !== null && reference ? value / reference : null;
  const verdict = !budget ? '' : value === null || (budget.needsReference && ratio === null) ? 'not measured' : budget.ok(value, ratio) ? 'met' : 'MISSED';
  return {
    cells: [
      dataset,
      metric,
      format(value),
      reference === null ? '' : format(reference),
      ratio === null ? '' : `${ratio.toFixed(1)}×`,
      samples ?? '',
      budget?.text ?? '',
      verdict,
    ],
    json: { dataset, metric, value, reference, ratio, samples, budget: budget?.text ?? null, verdict, note },
  };
}

export const RESULT_HEADER = ['data set', 'figure', 'median', 'reference', 'ratio', 'n', 'budget', 'verdict'];

/** Which code was measured: the commit, and whether the working tree differed from it. */
export function gitDescription() {
  // Read-only: GIT_OPTIONAL_LOCKS=0 keeps `git status` from refreshing the index.
  const git = (...args) =>
    execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `commit ${head}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'no git commit';
  }
}
