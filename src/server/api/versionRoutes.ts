// The API's publishing endpoints: editors publish reported figures with their source as a new data
// version, list the versions, and restore one (published again as a new version; nothing is deleted).
import type { Context } from 'hono';
import type { Hono } from 'hono/tiny';
import { publishBodySchema } from '../../api/versions';
import { PROJECTS, PROJECTS_CUMULATIVE } from '../../domain/importInvestment';
import { publishedObservations } from '../../domain/investmentCumulative';
import { observationKey } from '../../domain/publication';
import { diffVersions } from '../../domain/versionDiff';
import type { AccountStore } from './accountStore';
import { readBody } from './body';
import { refuseInvestment, refuseInvestmentFile } from './investmentCheck';
import { refuseRanking, refuseRankingFile } from './rankingCheck';
import { clientAddress, errorBody, requireRole, sameOrigin, type ApiEnv } from './sessions';
import type { Storage } from './storage';
import type { StoredFile } from './versionStore';

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

export function versionRoutes(api: Hono<ApiEnv>, storage: Storage, accounts: AccountStore, now: () => Date): void {
  const editor = requireRole('editor', accounts, now);
  const invalid = (c: Context<ApiEnv>, parameter: string, message: string) => c.json(errorBody('invalid_body', message, { parameter }), 400);

  api.get('/versions', editor, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ data: await storage.versions.list() });
  });

  api.get('/versions/:id/changes', editor, async (c) => {
    c.header('Cache-Control', 'no-store');
    const id = c.req.param('id');
    const listed = await storage.versions.list();
    const at = listed.findIndex((v) => v.id === id);
    if (at < 0) return c.json(errorBody('not_found', `no data version ${id}`), 404);
    // The list is newest first: the version before is the next one in it.
    const previous = listed[at + 1]?.id ?? null;
    if (previous === null) return c.json({ data: { previous, changes: [] } });
    const [before, after] = await Promise.all([storage.versions.content(previous), storage.versions.content(id)]);
    return c.json({ data: { previous, changes: diffVersions(before?.observations ?? [], after?.observations ?? []) } });
  });

  api.post('/versions', sameOrigin, editor, async (c) => {
    const body = await readBody(c, publishBodySchema);
    if (!body.ok) return body.response;
    const { source, summary, observations, file } = body.value;
    const [units, indicators, sources] = await Promise.all([storage.units(), storage.indicators(), storage.sources()]);
    const seen = new Set<string>();
    for (const [i, o] of observations.entries()) {
      const at = `observations.${i}`;
      if (!units.some((u) => u.code === o.unitCode)) return invalid(c, `${at}.unitCode`, `unknown unit code: ${o.unitCode}`);
      if (!indicators.some((ind) => ind.id === o.indicatorId)) return invalid(c, `${at}.indicatorId`, `unknown indicator: ${o.indicatorId}`);
      // A published figure is what its source says: reported, and naming the source it comes with.
      if (o.provenance !== 'reported' || o.sourceId !== source.id) return invalid(c, at, `a published value is reported by the source ${source.id}`);
      if (seen.has(observationKey(o))) return invalid(c, at, 'a second value for the same indicator, unit and period');
      seen.add(observationKey(o));
    }
    const bytes = file ? fromBase64(file.base64) : null;
    if (observations.some((o) => o.indicatorId === PROJECTS || o.indicatorId === PROJECTS_CUMULATIVE)) {
      const published = await storage.observations({ indicators: [PROJECTS, PROJECTS_CUMULATIVE], units: null, from: '0000-01', to: '9999-12' });
      const refusal =
        refuseInvestment(observations, units, published) ??
        (file && bytes ? await refuseInvestmentFile({ name: file.name, bytes }, observations, units, published) : null);
      if (refusal) return invalid(c, refusal.parameter, refusal.message);
    }
    const ranking = refuseRanking(observations, units) ?? (file && bytes ? await refuseRankingFile({ name: file.name, bytes }, observations, units) : null);
    if (ranking) return invalid(c, ranking.parameter, ranking.message);
    const known = sources.find((s) => s.id === source.id);
    if (known && JSON.stringify(known) !== JSON.stringify(source)) {
      return c.json(errorBody('conflict', `another source has the id ${source.id}`, { parameter: 'source.id' }), 409);
    }
    const stored: StoredFile | null = file && bytes ? { name: file.name, type: file.type, bytes, sha256: await sha256(bytes) } : null;
    const at = now();
    const author = c.get('signedIn').account.email;
    const id = crypto.randomUUID();
    await storage.versions.publish(
      { id, at, author, summary, source, restoredFrom: null, file: stored },
      (current) => ({
        observations: publishedObservations(current.observations, observations, source.id),
        sources: current.sources.some((s) => s.id === source.id) ? current.sources : [...current.sources, source],
      }),
      {
        at,
        actor: author,
        address: clientAddress(c),
        action: 'version_published',
        detail: { version: id, summary, source: source.id, observations: observations.length, file: stored && { name: stored.name, sha256: stored.sha256 } },
      },
    );
    return c.json({ data: { id } }, 201);
  });

  api.post('/versions/:id/restore', sameOrigin, editor, async (c) => {
    const restored = c.req.param('id');
    const content = await storage.versions.content(restored);
    if (!content) return c.json(errorBody('not_found', `no data version ${restored} to restore`), 404);
    const at = now();
    const author = c.get('signedIn').account.email;
    const id = crypto.randomUUID();
    const summary = `restored ${restored}`;
    await storage.versions.publish({ id, at, author, summary, source: null, restoredFrom: restored, file: null }, () => content, {
      at,
      actor: author,
      address: clientAddress(c),
      action: 'version_restored',
      detail: { version: id, restoredFrom: restored },
    });
    return c.json({ data: { id } }, 201);
  });
}
