/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy, as a meta tag: scripts, styles and workers only from
 * our own origin (no inline or eval), data only from our origin or the configured API. Only for
 * the build: the dev server injects inline scripts for hot reloading.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), contentSecurityPolicy(env.VITE_API_BASE_URL)],
    preview: { port: 4173, strictPort: true },
    test: {
      restoreMocks: true,
      projects: [
        {
          extends: true,
          test: { name: 'app', environment: 'jsdom', setupFiles: ['tests/setup.ts'], include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'] },
        },
        // The server's tests run in Node as the server does: no DOM, no mock intercepting fetch.
        {
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['tests/server/**/*.test.ts'],
            // The embeds carry the charts' stylesheet as text (src/app/server.tsx): give it, not an empty stub.
            css: { include: [/\.css$/] },
            globalSetup: ['tests/server/postgres.setup.ts'],
            testTimeout: 30_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
