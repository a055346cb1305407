// Builds the Node server (src/server/main.ts) and `npm run user` (src/server/userCli.ts) into
// dist-server/ with the project's own Vite, so Node runs plain JavaScript; the packages stay in
// node_modules, the migrations are copied beside it. The app's server-side renderer
// (src/app/server.tsx) is a third entry, render.js, that the server loads by path.
import { cp } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The migrator reads the SQL files at run time, from beside main.js. */
function copyMigrations(): Plugin {
  let outDir = '';
  return {
    name: 'copy-migrations',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle: () => cp(resolve(import.meta.dirname, 'src/server/db/migrations'), resolve(outDir, 'migrations'), { recursive: true }),
  };
}

export default defineConfig({
  plugins: [copyMigrations()],
  logLevel: 'warn',
  // public/ is the SPA's (dist/ has it); the server needs none of it.
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    // The server, its page renderer, and the command that adds accounts to its database (npm run user).
    rollupOptions: {
      input: { main: 'src/server/main.ts', render: 'src/app/server.tsx', user: 'src/server/userCli.ts' },
      output: { entryFileNames: '[name].js' },
    },
  },
});
