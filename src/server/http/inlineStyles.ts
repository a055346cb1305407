// A page the server renders carries the app's stylesheet in itself: the first paint then waits
// for one answer, not for the page and then its stylesheet (a round trip more on a phone's network;
// Lighthouse counted it as 150–180 ms of render-blocking). The stylesheet is 5 kB compressed.
// The policy allows exactly that style by its hash, and the page's meta policy (the static build's,
// which a header cannot replace there) is dropped: the header says the same and more.
import { createHash } from 'node:crypto';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;
const META_POLICY = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/;

export function inlineStylesheets(template: string, policy: string, read: (href: string) => string | null): { template: string; policy: string } {
  const hashes: string[] = [];
  const inlined = template.replace(STYLESHEET, (link, href: string) => {
    const css = read(href);
    if (css === null || css.includes('</style')) return link;
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  if (hashes.length === 0) return { template, policy };
  const withHashes = /style-src [^;]*/.test(policy)
    ? policy.replace(/style-src ([^;]*)/, (_, sources: string) => `style-src ${sources} ${hashes.join(' ')}`)
    : `${policy}; style-src 'self' ${hashes.join(' ')}`;
  return { template: inlined.replace(META_POLICY, ''), policy: withHashes };
}
