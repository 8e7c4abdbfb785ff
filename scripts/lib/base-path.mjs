/**
 * Normalises a base path given on the command line (`BASE_PATH`) to the form
 * Astro and the service worker expect: a leading and a trailing slash.
 * `undefined`, '' and '/' all mean the site root.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${raw}" may only contain letters, digits, '-', '_', '.', '~' and '/'.`);
  }
  return `/${trimmed}/`;
}
