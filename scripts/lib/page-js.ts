// Every JavaScript file one built page can load while a trainee uses it: the
// files the page names (module scripts, island components, renderers), their
// static imports, and every dynamic import reachable from them (a model answer
// shown after a first attempt, the diff view, the send button's follow-up, the
// progress notice…), each with its own static imports. The one exception is
// the feedback engine's criteria: `src/lib/feedback/load.ts` imports a criterion
// module only when the exercise or step uses it, so only the criteria the
// caller names are followed there.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageJsFile {
  /** Path inside the built site, for example `_astro/client.abc.js`. */
  file: string;
  /** gzip size (level 9). */
  gzip: number;
  /** How the page reaches it first: named by the page, a static import, or an import on demand. */
  via: 'page' | 'static' | 'dynamic';
}

export interface PageJs {
  files: PageJsFile[];
  /** gzip bytes of the files loaded at start (named by the page and their static imports). */
  start: number;
  /** gzip bytes of everything the page can load. */
  all: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function staticImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)) out.push(m[1]!);
  for (const m of source.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g)) out.push(m[1]!);
  return out;
}

/** The criterion chunks of the engine's loader, by criterion id (empty when the file has no such loader). */
export function criterionChunks(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/["'`]\.\/criteria\/([a-z-]+)\.ts["'`]\s*:\s*\(\)\s*=>[^`"']*?import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) out.set(m[1]!, m[2]!);
  return out;
}

/** Dynamic imports of a chunk, with the files Vite preloads alongside each (its `__vite__mapDeps` list). */
function dynamicImports(source: string, wantedCriteria: ReadonlySet<string>): string[] {
  const criteria = criterionChunks(source);
  // A chunk may hold several criteria (a bundler group): it loads when any of them is used.
  const used = new Set([...criteria].filter(([id]) => wantedCriteria.has(id)).map(([, spec]) => spec));
  const skipped = new Set([...criteria].map(([, spec]) => spec).filter((spec) => !used.has(spec)));
  const out: string[] = [];
  const deps = /__vite__mapDeps=\([^)]*?m\.f=\[([^\]]*)\]/.exec(source)?.[1];
  const depList = deps ? [...deps.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!) : [];
  // Each `import("./x.js")` with the preload list Vite attaches to it: `__vite__mapDeps([0,1])`.
  for (const m of source.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)(?:\s*,\s*__vite__mapDeps\(\[([\d,\s]*)\]\))?/g)) {
    if (skipped.has(m[1]!)) continue;
    out.push(m[1]!);
    for (const i of (m[2] ?? '').split(',').filter(Boolean)) out.push('/' + depList[Number(i)]!);
  }
  return out;
}

/**
 * @param dist built site folder
 * @param base base path the site was built with ('/' or '/cursus/')
 * @param pagePath page path relative to the base ('oefeningen/x/')
 * @param criteria the criteria the page's exercise or trajectory uses
 */
export function pageJs(dist: string, base: string, pagePath: string, criteria: Iterable<string>): PageJs {
  const wanted = new Set(criteria);
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const toFile = (from: string | null, spec: string): string | null => {
    if (!spec.endsWith('.js')) return null;
    let file: string;
    if (spec.startsWith('/')) {
      // Vite's preload lists name files from the site's root without the base.
      const path = spec.startsWith(base) ? spec.slice(base.length) : spec.slice(1);
      file = join(dist, decodeURIComponent(path));
    } else if (from) file = join(dirname(from), spec);
    else file = join(dist, pagePath, spec);
    return existsSync(file) ? file : null;
  };
  const named = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => staticImports(m[1]!)),
  ];
  const via = new Map<string, PageJsFile['via']>();
  const queue: Array<[string, PageJsFile['via']]> = [];
  for (const ref of named) {
    const file = toFile(null, ref);
    if (file) queue.push([file, 'page']);
  }
  // Static imports first (breadth first), so a file both imported and loaded on demand counts as loaded at start.
  const later: Array<[string, PageJsFile['via']]> = [];
  while (queue.length || later.length) {
    const [file, how] = queue.length ? queue.shift()! : later.shift()!;
    if (via.has(file)) continue;
    via.set(file, how);
    const source = readFileSync(file, 'utf8');
    for (const spec of staticImports(source)) {
      const next = toFile(file, spec);
      if (next) queue.push([next, how === 'dynamic' ? 'dynamic' : 'static']);
    }
    for (const spec of dynamicImports(source, wanted)) {
      const next = toFile(file, spec);
      if (next) later.push([next, 'dynamic']);
    }
  }
  const files = [...via].map(([file, how]) => ({ file: relative(dist, file), gzip: gz(readFileSync(file)), via: how }));
  const sum = (list: PageJsFile[]) => list.reduce((n, f) => n + f.gzip, 0);
  return { files, start: sum(files.filter((f) => f.via !== 'dynamic')), all: sum(files) };
}
