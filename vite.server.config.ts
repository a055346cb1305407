// Builds the Node server (src/server/main.ts) into dist-server/ with the project's own Vite, so
// Node runs plain JavaScript; the packages stay in node_modules, the migrations are copied beside it.
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
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
});
