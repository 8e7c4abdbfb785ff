#!/usr/bin/env node
// Netlify's build command (netlify.toml): builds the course for BASE_PATH into
// the published folder (dist/ for the root, dist/cursus/ for /cursus/) and
// writes the headers and the 404 rule as dist/_headers and dist/_redirects.
// See scripts/lib/netlify.mjs.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase } from './lib/base-path.mjs';
import { NETLIFY_PUBLISH, netlifyHeaders, netlifyOutDir, netlifyRedirects } from './lib/netlify.mjs';

let base;
try {
  base = normaliseBase(process.env.BASE_PATH);
} catch (error) {
  console.error(`netlify-build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const outDir = netlifyOutDir(base);
console.log(`netlify-build: base path ${base}, built into ${outDir}/`);
const build = spawnSync('npm', ['run', '--silent', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: base, KLIK_OUT_DIR: outDir },
});
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(join(NETLIFY_PUBLISH, '_headers'), netlifyHeaders(base));
writeFileSync(join(NETLIFY_PUBLISH, '_redirects'), netlifyRedirects(base));
console.log(`netlify-build: headers and the 404 rule in ${NETLIFY_PUBLISH}/_headers and ${NETLIFY_PUBLISH}/_redirects`);
