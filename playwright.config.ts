// Real-browser tests: Chromium against the production build, hosted two ways. "static": every test
// against `vite preview` (the static build with its in-browser mock API). "server": the main
// journeys (tagged @journey) and the server's own tests against `npm start` on a fresh embedded
// database, so the same pages are proven on the real API.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';
import { E2E_ADMIN, E2E_EDITOR } from './tests/e2e/editorAccount';

/** E2E_PORT lets two checkouts run their browser suites side by side; the server takes E2E_PORT + 10. */
const port = Number(process.env.E2E_PORT ?? 4173);
const serverPort = port + 10;
const serverData = `node_modules/.cache/e2e-data-${serverPort}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1366, height: 768 },
  },
  projects: [
    { name: 'static', testIgnore: /server\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'server', grep: /@journey|@server/, use: { baseURL: `http://127.0.0.1:${serverPort}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A first start creates and seeds the embedded database: about 10 s, longer on a busy machine.
      // The editor's account is added first, by the user command as an admin would (the password on
      // its stdin, never an argument); the server then seeds the database around it. The admin's
      // account follows from the server build the first command made.
      command: [
        `rm -rf ${serverData}`,
        `printf '%s\\n' "$E2E_EDITOR_PASSWORD" | node scripts/user.mjs add --role editor ${E2E_EDITOR.email}`,
        `printf '%s\\n' "$E2E_ADMIN_PASSWORD" | node dist-server/user.js add --role admin ${E2E_ADMIN.email}`,
        'node scripts/start.mjs',
      ].join(' && '),
      env: { PORT: String(serverPort), DATA_DIR: serverData, E2E_EDITOR_PASSWORD: E2E_EDITOR.password, E2E_ADMIN_PASSWORD: E2E_ADMIN.password },
      url: `http://127.0.0.1:${serverPort}/readyz`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
