// A stand-in for the built app (dist/) for the server's tests: pages with the build's meta CSP, two
// of them prerendered with the seed's data version and the shell beside them, a hashed asset,
// large enough to be compressed, and the stylesheet, so the tests need no `npm run build`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seed } from '../../mocks/seed';
import { createMemoryStorage } from '../../src/server/storage/memory';

export const FIXTURE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
export const FIXTURE_STYLESHEET = ':root{color:#1b232b}.trend-chart{display:block}\n';

const page = (title: string, dataVersion?: string) => `<!doctype html>
<html lang="vi">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${FIXTURE_POLICY.replace(/'/g, '&#39;')}">
    <meta charset="UTF-8" />${dataVersion ? `\n    <meta name="kpi-data-version" content="${dataVersion}" />` : ''}
    <title>${title}</title>
    <script type="module" crossorigin src="/assets/index-C4eiAnFD.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/catalogue-B2xRdd6e.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D1xPQZ0b.css">
  </head>
  <body>
    <div id="root"><p>${'Chỉ số Nghệ An. '.repeat(200)}</p></div>
  </body>
</html>
`;

export async function writeFixtureSpa(distDir: string): Promise<void> {
  const seedVersion = await createMemoryStorage(seed).dataVersion();
  await mkdir(join(distDir, 'assets'), { recursive: true });
  await writeFile(join(distDir, 'index.html'), page('overview', seedVersion));
  await writeFile(join(distDir, 'ranking.html'), page('ranking', seedVersion));
  await writeFile(join(distDir, 'shell.html'), page('shell'));
  await writeFile(join(distDir, 'assets/index-C4eiAnFD.js'), `console.log(${JSON.stringify('x'.repeat(4_000))});\n`);
  await writeFile(join(distDir, 'assets/index-D1xPQZ0b.css'), FIXTURE_STYLESHEET);
  await writeFile(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}
