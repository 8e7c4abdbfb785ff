import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';

/**
 * The preview server (`npm start`, `npm run serve`) answers every request, never
 * exits on one, and never redirects to another origin. Real HTTP requests on a
 * loopback port, written byte for byte so odd paths reach the server unchanged.
 */

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one raw request line and returns the parsed answer (or throws if none comes). */
function request(port: number, target: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer for ${JSON.stringify(target)}`));
    }, 5000);
    socket.on('connect', () => {
      socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 'utf8'));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // a reset after the answer is fine; no answer is caught below
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.split('\r\n\r\n')[0] ?? '';
      const [statusLine = '', ...lines] = head.split('\r\n');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(statusLine);
      if (!match) {
        reject(new Error(`no HTTP answer for ${JSON.stringify(target)}: ${JSON.stringify(text.slice(0, 80))}`));
        return;
      }
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(match[1]), headers, body: text.slice(head.length + 4) });
    });
  });
}

function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'klik-serve-'));
  const files: Record<string, string> = {
    'index.html': '<h1>Start</h1>',
    '404.html': '<h1>Niet gevonden</h1>',
    'lessen/index.html': '<h1>Lessen</h1>',
    'lessen/het-welkomstritueel/index.html': '<h1>Het welkomstritueel</h1>',
    '_astro/app.js': 'console.log(1)',
    'sw.js': 'self.addEventListener("fetch", () => {})',
    'caf\u00e9/index.html': '<h1>Café</h1>',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The server's answer must stay on its origin and under its base path. */
function expectSafeRedirect(answer: Answer, port: number, base: string, target: string) {
  const location = answer.headers['location'];
  if (location === undefined) return;
  expect([301, 302, 307, 308], target).toContain(answer.status);
  expect(location, target).toMatch(/^\/(?![/\\])/);
  const origin = `http://127.0.0.1:${port}`;
  const resolved = new URL(location, `${origin}/`);
  expect(resolved.origin, `${target} → ${location}`).toBe(origin);
  expect(resolved.pathname.startsWith(base), `${target} → ${location}`).toBe(true);
}

const ODD_PATHS = [
  // the reproductions
  '/%E2%82%AC/..%2Flessen',
  '/%2F%2Fevil.example/..%2Flessen',
  // encoded slashes and backslashes
  '/%2F',
  '/%2f%2fevil.example',
  '/lessen%2F',
  '/lessen%2fhet-welkomstritueel',
  '/%5C%5Cevil.example/..%5Clessen',
  '/%5Cevil.example',
  '/\\evil.example/lessen',
  '/\\\\evil.example',
  '/lessen\\',
  // dot segments, raw and encoded
  '/..',
  '/../lessen',
  '/lessen/..',
  '/lessen/../../etc/passwd',
  '/%2E%2E/lessen',
  '/.%2E/',
  '/./lessen',
  '/lessen/./het-welkomstritueel',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  // protocol-relative and absolute forms
  '//evil.example/lessen',
  '///evil.example/lessen',
  '//evil.example/..%2Flessen',
  '/http://evil.example',
  '/https:%2F%2Fevil.example',
  'http://evil.example/lessen',
  'http://evil.example//evil.example/lessen',
  '*',
  // control characters, encoded
  '/%00',
  '/lessen%00',
  '/%0D%0ALocation:%20http://evil.example/',
  '/lessen%0D%0ASet-Cookie:%20x=1',
  '/%09lessen',
  '/%7F',
  // broken and odd encodings, non-ASCII
  '/%',
  '/%zz',
  '/%E2%82',
  '/%C0%AE%C0%AE/',
  '/%E2%82%AC',
  '/\u20ac',
  '/\u20ac/..%2Flessen',
  '/caf%C3%A9',
  '/caf\u00e9',
  // queries with odd characters
  '/lessen?x=%0D%0A',
  '/lessen?\u20ac',
  '/lessen?//evil.example',
  // empty segments
  '/lessen//het-welkomstritueel/',
  '//',
  // overlong
  `/${'a'.repeat(5000)}`,
  `/lessen${'/x'.repeat(3000)}`,
  `/${'a'.repeat(20000)}`,
  `/${'%2F'.repeat(2000)}`,
];

/** A fixed pseudo-random mix of the pieces above, so every run asks the same. */
function generatedPaths(count: number): string[] {
  const pieces = ['lessen', 'het-welkomstritueel', '%2F', '/', '\\', '%5C', '..', '.', '%2E', '%2e%2E', '%00', '%0A', '%E2%82%AC', '\u20ac', 'evil.example', '//', '%', '?', '#', 'x', '%C0', ':', '@', 'cursus', '%252F'];
  let seed = 13;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    let path = '/';
    const length = 1 + (next() % 7);
    for (let j = 0; j < length; j++) path += pieces[next() % pieces.length];
    paths.push(path);
  }
  return paths;
}

describe.each([
  { base: '/', prefix: '' },
  { base: '/cursus/', prefix: '/cursus' },
])('the preview server under $base', ({ base, prefix }) => {
  let dir = '';
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    dir = makeSite();
    server = await serveStatic({ dir, base, port: 0, host: '127.0.0.1' });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves pages, folders and assets', async () => {
    const home = await request(port, `${prefix}/`);
    expect(home.status).toBe(200);
    expect(home.body).toContain('Start');
    const lesson = await request(port, `${prefix}/lessen/het-welkomstritueel/`);
    expect(lesson.status).toBe(200);
    expect(lesson.headers['content-type']).toBe('text/html; charset=utf-8');
    const asset = await request(port, `${prefix}/_astro/app.js`);
    expect(asset.headers['cache-control']).toContain('immutable');
    const accented = await request(port, `${prefix}/caf%C3%A9/`);
    expect(accented.status).toBe(200);
    const missing = await request(port, `${prefix}/bestaat-niet/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Niet gevonden');
  });

  it('lets the browser revalidate what it already has: 304 without a body, the file again when it changed', async () => {
    const url = `http://127.0.0.1:${port}${prefix}/lessen/het-welkomstritueel/`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    await first.text();
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();
    const again = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified! } })).status).toBe(304);
    // Another version of the file (a new build): downloaded again.
    writeFileSync(join(dir, 'lessen/het-welkomstritueel/index.html'), '<h1>Het welkomstritueel, herzien</h1>');
    const changed = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('herzien');
  });

  it('redirects a real folder without its slash, relative to the site', async () => {
    const answer = await request(port, `${prefix}/lessen/het-welkomstritueel?x=1`);
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe(`${prefix}/lessen/het-welkomstritueel/?x=1`);
    const accented = await request(port, `${prefix}/caf%C3%A9`);
    expect(accented.status).toBe(301);
    expect(accented.headers['location']).toBe(`${prefix}/caf%C3%A9/`);
    if (prefix) {
      const root = await request(port, prefix);
      expect(root.status).toBe(301);
      expect(root.headers['location']).toBe(`${prefix}/`);
    }
  });

  it('answers /%E2%82%AC/..%2Flessen with an error instead of crashing', async () => {
    const answer = await request(port, `${prefix}/%E2%82%AC/..%2Flessen`);
    expect(answer.status).toBe(400);
    expect(answer.headers['location']).toBeUndefined();
    expect((await request(port, `${prefix}/`)).status).toBe(200);
  });

  it('does not redirect /%2F%2Fevil.example/..%2Flessen to another origin', async () => {
    const answer = await request(port, `${prefix}/%2F%2Fevil.example/..%2Flessen`);
    expect(answer.status).toBe(400);
    expect(answer.headers['location']).toBeUndefined();
  });

  it('answers every odd path, never with a Location to another origin, and keeps running', async () => {
    const targets = [...ODD_PATHS, ...ODD_PATHS.filter((p) => p.startsWith('/')).map((p) => `${prefix}${p}`), ...generatedPaths(300)];
    for (const target of targets) {
      for (const method of ['GET', 'HEAD']) {
        const answer = await request(port, target, method);
        expect([200, 301, 400, 404, 414, 431], `${method} ${JSON.stringify(target)}`).toContain(answer.status);
        expectSafeRedirect(answer, port, base, target);
      }
    }
    const after = await request(port, `${prefix}/lessen/het-welkomstritueel/`);
    expect(after.status).toBe(200);
  });
});
