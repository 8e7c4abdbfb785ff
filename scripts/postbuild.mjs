#!/usr/bin/env node
// Runs after `astro build` on the built site: each page's content security
// policy trimmed to the hashes it needs, the search index, then the service
// worker (which precaches the pages and the index). Reads the same KLIK_OUT_DIR
// and BASE_PATH as the build.
import { existsSync } from 'node:fs';
import { normaliseBase } from './lib/base-path.mjs';
import { trimPagePolicies } from './lib/page-policy.mjs';
import { buildSearchIndex } from './lib/search-index.mjs';
import { buildServiceWorker } from './lib/service-worker.mjs';

const dist = process.env.KLIK_OUT_DIR ?? 'dist';
if (!existsSync(dist)) {
  console.error(`postbuild: no built site in "${dist}"`);
  process.exit(1);
}
const base = normaliseBase(process.env.BASE_PATH);

try {
  const policies = trimPagePolicies(dist);
  console.log(`postbuild: content security policy of ${policies.pages} pages trimmed to their own hashes (${(policies.removed / 1024).toFixed(0)} KiB less)`);
  const search = await buildSearchIndex(dist);
  console.log(`postbuild: search index of ${search.pages} pages in ${search.outputPath}`);
  const sw = await buildServiceWorker(dist, base);
  for (const warning of sw.warnings) console.warn(`postbuild: warning: ${warning}`);
  console.log(`postbuild: service worker ${sw.swDest} precaches ${sw.count} files (${(sw.size / 1024).toFixed(0)} KiB), scope ${base}`);
} catch (error) {
  console.error(`postbuild: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
