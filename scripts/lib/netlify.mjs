// Netlify publishes one folder (`publish` in netlify.toml, here dist/) at the
// root of the site. A build for a sub-path must therefore land in that folder's
// sub-folder of the same name: BASE_PATH=/cursus/ → dist/cursus/, so that
// /cursus/ and /cursus/sw.js are real files. The headers and the 404 page are
// written as `_headers` and `_redirects` files in the published folder, with
// the base path in every rule (netlify.toml cannot know BASE_PATH).
import { join } from 'node:path';

/** The folder Netlify publishes (netlify.toml: publish). */
export const NETLIFY_PUBLISH = 'dist';

/**
 * Where the build for a base path goes inside the published folder.
 * @param {string} base normalised base path ('/' or '/cursus/')
 */
export function netlifyOutDir(base) {
  return base === '/' ? NETLIFY_PUBLISH : join(NETLIFY_PUBLISH, ...base.split('/').filter(Boolean));
}

/**
 * The `_headers` file for a base path. Rules never set the same header twice
 * for one file (Netlify would join the values): Cache-Control is set only for
 * sw.js, the manifest and _astro/; every other file keeps Netlify's default
 * `public, max-age=0, must-revalidate`, which revalidates on every visit too.
 * @param {string} base normalised base path ('/' or '/cursus/')
 */
export function netlifyHeaders(base) {
  return [
    '# Written by scripts/netlify-build.mjs for the base path ' + base,
    `${base}*`,
    "  Content-Security-Policy: frame-ancestors 'none'",
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    `${base}manifest.webmanifest`,
    '  Cache-Control: no-cache',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/**
 * The `_redirects` file for a base path: a missing page under the base gets the
 * course's own 404 page with status 404 (Netlify looks for /404.html only at the
 * root of the published folder). A rule applies only where no file exists.
 * @param {string} base normalised base path ('/' or '/cursus/')
 */
export function netlifyRedirects(base) {
  return [`# Written by scripts/netlify-build.mjs for the base path ${base}`, `${base}*  ${base}404.html  404`, ''].join('\n');
}
