// A plain static file server for the built site: it knows nothing of Astro and
// does no rewrites, like the simplest static host a trainer might use. A folder
// is served by its index.html; a missing file gets the site's 404.html.
import { createServer } from 'node:http';
import { createReadStream, statSync, existsSync } from 'node:fs';
import { join, normalize, extname, resolve } from 'node:path';

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

/**
 * @param {{ dir: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic({ dir, base = '/', port = 4321, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound(res);
    const relative = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (!file.startsWith(root)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = /\/_astro\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': type, 'cache-control': cache });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });

  function notFound(res) {
    const page = join(root, '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end('Niet gevonden');
  }

  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}
