/**
 * The site's content security policy, as Astro's `security.csp` emits it in a
 * `<meta http-equiv="content-security-policy">` on every page (so it holds on
 * any static host). Astro adds the hashes of every script and style it bundles
 * or inlines itself; the inline snippets it does not know of (the theme
 * script, a trainer's accent colour and the on-page table of contents' scroll
 * marker rule) are hashed here. Runs at build time only.
 *
 * The resulting policy: `default-src 'self'; object-src 'none'; base-uri 'self';
 * script-src 'self' <hashes>; style-src 'self' <hashes>`. Astro lists the same
 * hashes, those of the whole site, on every page; after the build each page
 * keeps only the hashes of its own inline scripts and styles
 * (scripts/lib/page-policy.mjs).
 *
 * No `'wasm-unsafe-eval'`, not even on the search page: pagefind compiles its
 * WebAssembly in its own worker (pagefind/pagefind-worker.js, allowed by
 * 'self'), and a worker loaded from a URL follows the policy of its own
 * response, not the page's meta tag. Only pagefind's main-thread fallback, for
 * a browser where the worker cannot start, would need it, and then the worker
 * file itself could not be loaded either. The e2e walk searches under the policy.
 *
 * `frame-ancestors` cannot be set by a meta tag: the hosting examples in
 * deploy/ send it as a header, with nosniff and no-referrer.
 */
import { createHash } from 'node:crypto';
import { accentStyle } from '../course/theme.ts';
import type { CourseConfig } from '../../course.config.ts';
import { THEME_INIT_SCRIPT } from './theme-init.ts';
import { SCROLL_MARKER_STYLE } from './scroll-markers.ts';

/** Directives besides script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'"] as const;

/** What a CSP hash source holds for an inline script or style: `sha256-<base64>`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The `security.csp` option of astro.config.mjs for this course. */
export function cspConfig(course: Pick<CourseConfig, 'accent'>) {
  const accent = accentStyle(course);
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: ["'self'"], hashes: [cspHash(THEME_INIT_SCRIPT)] },
    styleDirective: {
      resources: ["'self'"],
      hashes: [cspHash(SCROLL_MARKER_STYLE), ...(accent ? [cspHash(accent)] : [])],
    },
  };
}
