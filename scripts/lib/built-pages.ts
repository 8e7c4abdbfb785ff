import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The root build, which the end-to-end walks and the benchmark read. */
export const DIST = 'dist';

/**
 * Every HTML page in a built site, as a URL path relative to the base
 * (`''` for the overview, `lessen/x/` for a lesson, `404.html` for the 404 page).
 */
export function builtPages(dist = DIST): string[] {
  if (!existsSync(dist)) throw new Error(`No built site in "${dist}": run "npm run build" first.`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

export function readBuiltPage(path: string, dist = DIST): string {
  const file = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}
