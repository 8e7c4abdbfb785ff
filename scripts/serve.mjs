#!/usr/bin/env node
// Serves the built course: `node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]`.
// The base defaults to BASE_PATH, the same variable the build reads.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.mjs';
import { normaliseBase } from './lib/base-path.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.KLIK_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

if (!existsSync(values.dir)) {
  console.error(`No built site in "${values.dir}". Run "npm run build" first.`);
  process.exit(1);
}
const base = normaliseBase(values.base);
await serveStatic({ dir: values.dir, base, port: Number(values.port), host: values.host });
console.log(`Klik is served at http://localhost:${values.port}${base} (Ctrl+C stops it)`);
