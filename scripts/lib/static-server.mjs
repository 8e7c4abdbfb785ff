// A plain static file server for the built site: it knows nothing of Astro and
// does no rewrites, like the simplest static host a trainer might use. A folder
// is served by its index.html; a missing file gets the site's 404.html. Like
// any static host it sends an ETag and Last-Modified, and answers a request for
// a file the browser already has with 304 Not Modified.
// Paths are checked segment by segment (see parseTarget): a request never makes
// it crash, and a redirect is always a path on this origin under the base.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { join, extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/** Longest request target answered; longer ones get 414. */
const MAX_TARGET = 4096;
const SAFE_QUERY = /^\?[\x21-\x7e]*$/;
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[/\\\u0000-\u001f\u007f-\u009f]/;

/**
 * Reads a request target (`req.url`) into decoded path segments, or null when
 * it is not a plain path this server would serve: an encoded `/` or `\`, a
 * backslash, a `.` or `..` segment, an empty segment (`//`), a control
 * character or a broken escape. A browser never sends such a path for a page of
 * the site, so it is refused (400) rather than "normalised" into another one.
 *
 * @param {string} target
 * @returns {{ segments: string[], slash: boolean, query: string } | null}
 */
export function parseTarget(target) {
  let rest = target;
  if (!rest.startsWith('/')) {
    // The absolute form (`GET http://host/path`) a proxy may send: keep path and query.
    const match = /^https?:\/\/[^/?#]*(\/[^#]*)?/i.exec(rest);
    if (!match) return null;
    rest = match[1] ?? '/';
  }
  const cut = rest.search(/[?#]/);
  const path = cut === -1 ? rest : rest.slice(0, cut);
  const query = cut === -1 ? '' : rest.slice(cut).replace(/#.*$/s, '');
  const parts = path.split('/').slice(1);
  const slash = parts.at(-1) === '';
  if (slash) parts.pop();
  const segments = [];
  for (const raw of parts) {
    if (raw === '' || raw.includes('\\')) return null;
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || UNSAFE_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  return { segments, slash, query: query === '?' ? '' : query };
}

/** `/a/b/` from decoded segments, every segment encoded again: ASCII only, never `//`. */
function pathFrom(segments, slash) {
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  return slash && segments.length > 0 ? `${path}/` : path;
}

/**
 * @param {{ dir: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic({ dir, base = '/', port = 4321, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const baseSegments = base.split('/').filter(Boolean);

  function handle(req, res) {
    const target = req.url ?? '/';
    if (target.length > MAX_TARGET) return plain(res, 414, 'Adres te lang');
    const parsed = parseTarget(target);
    if (!parsed) return plain(res, 400, 'Ongeldig adres');
    const { segments, slash } = parsed;
    const query = SAFE_QUERY.test(parsed.query) ? parsed.query : '';
    if (!baseSegments.every((b, i) => segments[i] === b)) return notFound(req, res);
    const inside = segments.slice(baseSegments.length);
    if (inside.length === 0 && !slash && baseSegments.length > 0) return redirect(res, `${pathFrom(segments, true)}${query}`);
    let file = join(root, ...inside);
    if (file !== root && !file.startsWith(root + sep)) return notFound(req, res);
    const stats = statOf(file);
    if (stats?.isDirectory()) {
      if (!slash && inside.length > 0) return redirect(res, `${pathFrom(segments, true)}${query}`);
      file = join(file, 'index.html');
    }
    if (!statOf(file)?.isFile()) return notFound(req, res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = inside[0] === '_astro' ? 'public, max-age=31536000, immutable' : 'no-cache';
    // Validators, as every static host sends them: a file the browser already has is
    // revalidated (`no-cache`) with a 304 and no body, not downloaded again.
    const fileStats = statOf(file);
    const etag = `"${fileStats.size.toString(16)}-${Math.floor(fileStats.mtimeMs).toString(16)}"`;
    const headers = { 'content-type': type, 'cache-control': cache, etag, 'last-modified': fileStats.mtime.toUTCString() };
    if (isFresh(req, etag, fileStats.mtimeMs)) {
      res.writeHead(304, headers).end();
      return;
    }
    send(req, res, 200, headers, file);
  }

  /** Whether the browser's copy is this version of the file (If-None-Match first, as HTTP says). */
  function isFresh(req, etag, mtimeMs) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const noneMatch = req.headers['if-none-match'];
    if (noneMatch) return noneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
    const since = Date.parse(req.headers['if-modified-since'] ?? '');
    return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // Never exit on a request: answer 500 if still possible, else drop the connection.
      console.error(`Fout bij ${JSON.stringify(req.url)}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) plain(res, 500, 'Serverfout');
      else res.destroy();
    }
  });

  function statOf(path) {
    try {
      return statSync(path);
    } catch {
      return null;
    }
  }

  function plain(res, status, text) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }).end(text);
  }

  /** @param {string} location a path made by pathFrom: same origin, ASCII. */
  function redirect(res, location) {
    res.writeHead(301, { location, 'cache-control': 'no-cache' }).end();
  }

  function send(req, res, status, headers, file) {
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  function notFound(req, res) {
    const page = join(root, '404.html');
    if (statOf(page)?.isFile()) send(req, res, 404, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }, page);
    else plain(res, 404, 'Niet gevonden');
  }

  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}
