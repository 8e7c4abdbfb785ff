/**
 * Builds an internal URL that respects the base path the site was built with
 * (`BASE_PATH=/cursus/ npm run build`). `href('lessen/x/')` → `/cursus/lessen/x/`.
 */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\/+/, '');
}

export function lessonHref(slug: string): string {
  return href(`lessen/${slug}/`);
}

export function exerciseHref(id: string): string {
  return href(`oefeningen/${id}/`);
}

/** Characters in a stored site path (as `lastVisited.path`). */
export const MAX_SITE_PATH = 500;

/** One path segment once decoded: letters, digits and `.`, `_`, `~`, `-` (never `.` or `..` alone). */
const SEGMENT = /^[\p{L}\p{N}._~-]+$/u;
/** One path segment as written: those characters, or `%XX` escapes. */
const RAW_SEGMENT = /^(?:[\p{L}\p{N}._~-]|%[0-9A-Fa-f]{2})+$/u;
const PROBE_ORIGIN = 'https://klik.invalid';

/**
 * A path inside the course, relative to the base path (`lessen/x/`,
 * `voortgang/#export`; one leading `/` is allowed and means the same): every
 * segment, once percent-decoded, is a plain name, so no scheme, no `//`, no
 * backslash, no `..`, no encoded slash (`%2F%2Fevil.example/..%2Flessen`) and no
 * control character can make a link built from it (`href(path)`) leave the
 * site, or its base path, after a browser or a server decodes it.
 */
export function isSafeSitePath(path: string): boolean {
  if (typeof path !== 'string' || path.length > MAX_SITE_PATH) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\s\\\u0000-\u001f\u007f-\u009f]/u.test(path)) return false;
  const cut = path.search(/[?#]/);
  const pathname = (cut === -1 ? path : path.slice(0, cut)).replace(/^\//, '');
  const segments = pathname.split('/');
  for (const [i, raw] of segments.entries()) {
    if (raw === '') {
      if (i === segments.length - 1) continue; // `lessen/x/` ends in a folder
      return false;
    }
    if (!RAW_SEGMENT.test(raw)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return false;
    }
    if (decoded === '.' || decoded === '..' || !SEGMENT.test(decoded)) return false;
  }
  // Belt and braces: resolved as `href()` resolves it, it stays on the origin and under the base.
  const base = '/klik-base/';
  try {
    const url = new URL(base + path.replace(/^\/+/, ''), PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN && url.pathname.startsWith(base);
  } catch {
    return false;
  }
}

/**
 * The link for a stored site path (the "Ga verder" button): `href(path)` when
 * the path is safe, otherwise null, so a link never points outside the site.
 */
export function siteHref(path: string): string | null {
  return isSafeSitePath(path) ? href(path) : null;
}
