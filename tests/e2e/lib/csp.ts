import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';

/**
 * The content security policy every page must carry in its
 * `<meta http-equiv="content-security-policy">`, and the means to see it hold:
 * a listener for `securitypolicyviolation` events installed before any page
 * script runs, and a static check of a built page's inline scripts and styles.
 */

/** Directives that must be present exactly like this. */
export const FIXED_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
};

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** Parses a policy into directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * What is wrong with a page's policy (none: []): the fixed directives, and
 * script-src / style-src holding only 'self' and hashes: no 'unsafe-inline',
 * no 'unsafe-eval', no 'wasm-unsafe-eval' (pagefind compiles in its worker).
 */
export function policyProblems(policy: string | null, path: string): string[] {
  if (policy === null) return [`/${path} has no <meta http-equiv="content-security-policy">`];
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(FIXED_DIRECTIVES)) {
    const got = directives.get(name)?.join(' ');
    if (got !== expected) problems.push(`/${path}: ${name} is "${got ?? '(missing)'}", not "${expected}"`);
  }
  for (const name of ['script-src', 'style-src']) {
    const sources = directives.get(name);
    if (!sources) {
      problems.push(`/${path}: no ${name}`);
      continue;
    }
    if (!sources.includes("'self'")) problems.push(`/${path}: ${name} lacks 'self'`);
    const allowed = (s: string) => s === "'self'" || HASH.test(s);
    const other = sources.filter((s) => !allowed(s));
    if (other.length > 0) problems.push(`/${path}: ${name} allows ${other.join(' ')}`);
  }
  for (const name of directives.keys()) {
    if (/^(script|style)-src-(elem|attr)$/.test(name)) problems.push(`/${path}: unexpected ${name}`);
  }
  return problems;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A built page, read as text: its policy is the first thing in <head> that can
 * run or style anything, every inline script and style has its hash in it, and
 * it holds no other hash (scripts/lib/page-policy.mjs trims them after the build).
 */
export function builtPagePolicyProblems(html: string, path: string): string[] {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i.exec(html);
  const problems = policyProblems(meta ? meta[1]!.replaceAll('&#39;', "'") : null, path);
  if (!meta) return problems;
  const directives = parsePolicy(meta[1]!.replaceAll('&#39;', "'"));
  const first = /<(script|style|link\s[^>]*rel="stylesheet")[\s>]/i.exec(html);
  if (first && first.index < meta.index) problems.push(`/${path}: a <${first[1]!.split(/\s/)[0]}> comes before the policy, which does not govern it`);
  const carried = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(/<(script|style)([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    if (tag!.toLowerCase() === 'script' && /\ssrc=/i.test(attributes!)) continue;
    const sources = directives.get(tag!.toLowerCase() === 'script' ? 'script-src' : 'style-src') ?? [];
    carried.add(sha256(body!));
    if (!sources.includes(sha256(body!))) problems.push(`/${path}: an inline <${tag}> is not in the policy: ${body!.trim().slice(0, 80)}`);
  }
  // Only what the page carries: a hash of another page's inline script or style allows more than this page needs.
  const unused = ['script-src', 'style-src'].flatMap((name) => (directives.get(name) ?? []).filter((s) => HASH.test(s) && !carried.has(s)));
  if (unused.length > 0) problems.push(`/${path}: ${unused.length} hashes in the policy match no inline script or style of the page`);
  if (/\sstyle="/i.test(html)) problems.push(`/${path}: a style="" attribute, which the policy blocks`);
  const handler = /\son[a-z]+="/i.exec(html);
  if (handler) problems.push(`/${path}: an inline event handler (${handler[0].trim()}), which the policy blocks`);
  return problems;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every `securitypolicyviolation` in the page (and every console
 * message about the policy) from before the first script runs. Call before
 * `page.goto`; read with `violations(page)`.
 */
export async function watchPolicy(page: Page): Promise<void> {
  const messages: string[] = [];
  consoleMessages.set(page, messages);
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) messages.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__cspViolations!.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || location.pathname}:${event.lineNumber} ${event.sample}`.trim(),
        );
      },
      true,
    );
  });
}

const consoleMessages = new WeakMap<Page, string[]>();

/** The violations seen so far in the current document, and the policy's console messages. */
export async function violations(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(() => window.__cspViolations ?? ['the policy watcher did not run']);
  return [...inPage, ...(consoleMessages.get(page) ?? [])];
}

/** The policy the current document carries in its meta tag, or null. */
export async function pagePolicy(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null,
  );
}
