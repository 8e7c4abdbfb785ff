#!/usr/bin/env node
// Runs after `astro build` on the built site: the search index, then the
// service worker (which precaches the index too). Reads the same KLIK_OUT_DIR
// and BASE_PATH as the build.
import { existsSync } from 'node:fs';

const dist = process.env.KLIK_OUT_DIR ?? 'dist';
if (!existsSync(dist)) {
  console.error(`postbuild: no built site in "${dist}"`);
  process.exit(1);
}
