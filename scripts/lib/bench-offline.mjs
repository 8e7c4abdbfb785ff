// Figures for `npm run bench`: what a trainee's browser stores for offline use
// (the service worker's precache) and how large the search index is.
import { readFileSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { precacheManifest } from './service-worker.mjs';

/** Target: the whole offline course, as transferred (gzip), under 1.5 MB. */
const TARGET_BYTES = 1.5 * 1024 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {string} dist a built site (after postbuild)
 * @returns {Promise<Array<{ label: string, value: string }>>}
 */
export async function benchOffline(dist) {
  if (!existsSync(join(dist, 'sw.js'))) throw new Error(`no service worker in ${dist}`);
  const { entries } = await precacheManifest(dist, '/');
  const files = entries.map((entry) => entry.url.slice(1));
  let raw = 0;
  let gzip = 0;
  const search = { files: 0, raw: 0, gzip: 0 };
  for (const file of files) {
    const data = readFileSync(join(dist, file));
    const zipped = gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gzip += zipped;
    if (file.startsWith('pagefind/')) {
      search.files += 1;
      search.raw += data.length;
      search.gzip += zipped;
    }
  }
  const sw = statSync(join(dist, 'sw.js')).size;
  const swGzip = gzipSync(readFileSync(join(dist, 'sw.js')), { level: 9 }).length;
  const total = gzip + swGzip;
  return [
    { label: 'precached files', value: String(files.length) },
    { label: 'precache size (raw / gzip)', value: `${kb(raw)} / ${kb(gzip)}` },
    { label: 'service worker sw.js (raw / gzip)', value: `${kb(sw)} / ${kb(swGzip)}` },
    { label: 'search index files (precached)', value: String(search.files) },
    { label: 'search index size (raw / gzip)', value: `${kb(search.raw)} / ${kb(search.gzip)}` },
    {
      label: 'whole offline course, transferred (target < 1.5 MB)',
      value: `${kb(total)}${total <= TARGET_BYTES ? '' : ' — over the target'}`,
    },
  ];
}
