// What a page the server draws carries in itself, so that its first paint waits for that one answer:
// - the app's stylesheet (5 kB compressed), rather than a link to it: a round trip more on a phone's
//   network, which Lighthouse counted as 150–180 ms of render-blocking;
// - a few lines that ask for the app's scripts once the page has been painted, rather than the
//   script and preload tags: the page is read before any script runs (they make it interactive),
//   and fetched at once its 120 kB of script shared a phone's link with the page and was waited
//   for by the paint (Lighthouse's mobile FCP and LCP counted every script that arrived before it).
// The policy allows exactly these by their hashes, and the page's meta policy (the static build's,
// which a header cannot replace there) is dropped: the header says the same and more.
import { createHash } from 'node:crypto';

type Page = { template: string; policy: string };

const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;
const ENTRY_SCRIPT = /\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g;
const META_POLICY = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function allow(policy: string, directive: 'script-src' | 'style-src', hash: string): string {
  const present = new RegExp(`${directive} ([^;]*)`);
  return present.test(policy) ? policy.replace(present, (_, sources: string) => `${directive} ${sources} ${hash}`) : `${policy}; ${directive} 'self' ${hash}`;
}

export function inlineStylesheets({ template, policy }: Page, read: (href: string) => string | null): Page {
  let allowed = policy;
  const inlined = template.replace(STYLESHEET, (link, href: string) => {
    const css = read(href);
    if (css === null || css.includes('</style')) return link;
    allowed = allow(allowed, 'style-src', hashOf(css));
    return `<style>${css}</style>`;
  });
  return inlined === template ? { template, policy } : { template: inlined.replace(META_POLICY, ''), policy: allowed };
}

/**
 * The page with its entry script and preloads replaced by a loader that adds them after the first
 * frame (at once in a tab nobody sees, which draws no frames); what the app does then is unchanged.
 * `hash` is the loader's, for the policy: null when the page has no entry script.
 */
export function loadScriptsAfterFirstPaint(template: string): { template: string; hash: string | null } {
  const entry = ENTRY_SCRIPT.exec(template)?.[1];
  if (!entry) return { template, hash: null };
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const loader =
    `{const load=()=>{for(const href of ${JSON.stringify(preloads)}){const link=document.createElement('link');link.rel='modulepreload';link.href=href;document.head.append(link)}import(${JSON.stringify(entry)})};` +
    `document.visibilityState==='hidden'?load():requestAnimationFrame(()=>setTimeout(load))}`;
  return { template: template.replace(MODULE_PRELOAD, '').replace(ENTRY_SCRIPT, `\n    <script>${loader}</script>`), hash: hashOf(loader) };
}

export function scriptsAfterFirstPaint({ template, policy }: Page): Page {
  const loaded = loadScriptsAfterFirstPaint(template);
  if (!loaded.hash) return { template, policy };
  return { template: loaded.template.replace(META_POLICY, ''), policy: allow(policy, 'script-src', loaded.hash) };
}
