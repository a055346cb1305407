// The house rules (../shared/CONVENTIONS.md) where a machine checks them: TypeScript, hooks and
// accessibility rules, and the rooms' boundaries — which folder may import which.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** `from` may not be imported by files in `target`, for the reason given. */
const zone = (target, from, message) => ({ target, from, message });

const boundaries = [
  // Features never import each other: the app composes them.
  ...features.map((name) =>
    zone(
      `./src/features/${name}`,
      features.filter((other) => other !== name).map((other) => `./src/features/${other}`),
      'Features never import each other: let src/app/ compose them (slots, props).',
    ),
  ),
  zone(
    ['./src/api', './src/queries', './src/domain', './src/features', './src/ui', './src/i18n', './src/routing', './mocks'],
    './src/app',
    'Nothing imports src/app/: it composes, and is imported by nobody.',
  ),
  zone(
    './src/domain',
    ['./src/queries', './src/features', './src/ui', './src/i18n', './src/routing', './src/api/client.ts'],
    'src/domain/ is pure functions on the model.',
  ),
  zone(['./src/ui', './src/i18n'], ['./src/routing', './src/features'], 'Shared components and the catalogue know no URL and no feature: pass what they need.'),
  zone('./src/i18n', ['./src/queries', './src/api/client.ts'], 'The catalogue fetches nothing.'),
  zone('./src/i18n', ['./src/ui', './src/domain'], 'The catalogue and formatters stand alone.'),
  zone(
    './src/api',
    ['./src/queries', './src/domain', './src/features', './src/ui', './src/i18n', './src/routing'],
    'The contract and client depend on nothing above them.',
  ),
  zone(['./src/queries', './src/routing'], ['./src/features', './src/ui'], 'Queries and routing sit below features and components.'),
  zone(
    ['./src/app', './src/features', './src/ui', './src/queries', './src/routing', './src/i18n', './src/domain', './src/api'],
    './src/server',
    'Browser code never imports src/server/: the browser reaches the API app only inside the lazily loaded mock.',
  ),
  {
    ...zone('./mocks', './src/server', 'The mock hosts the API app over memory storage; the rest of src/server/ is Node only.'),
    except: ['./api', './storage/memory.ts'],
  },
  zone(
    ['./src/server/api', './src/server/storage/memory.ts'],
    ['./src/server/db', './src/server/http', './src/server/storage/sql.ts', './src/server/server.ts', './src/server/main.ts'],
    'The API app and the memory storage also run in the browser mock: no database, no Node server code.',
  ),
  zone(
    './src/server',
    ['./src/app', './src/features', './src/ui', './src/queries', './src/routing'],
    'src/server/ runs in Node: no React code, no query cache, no URL of the page.',
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'data', 'node_modules', 'bench-results', 'test-results', 'playwright-report', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A table that scrolls sideways is a focusable region, so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // The mock API reaches the app through one lazy loader only (src/app/main.tsx), so MSW stays
    // out of the main bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/mocks/**'], message: 'Only src/app/main.tsx loads the mock API, lazily.' }] }] },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks/**', '!**/mocks/seed'],
              message: 'The server reads only the seed of mocks/ (to fill a new database): the mock hosts the API app, not the other way round.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'msw', 'msw/*'],
              message: 'src/server/ runs in Node: no React, no query cache, no MSW.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'src/domain/ is pure: no React, no fetching.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'eslint.config.js', 'tests/server/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The server runs in Node, but its API app and memory storage also run in the browser mock.
    files: ['src/server/**'],
    ignores: ['src/server/api/**', 'src/server/storage/memory.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark's probes run inside the page.
    files: ['scripts/bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
