import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pagePolicy, policyProblems, violations, watchPolicy } from './csp.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Opens a page and checks what must hold everywhere: Dutch, no request to
 * another origin, no uncaught error, the strict content security policy in a
 * meta tag with nothing violating it, and no axe violation.
 */
export async function checkPage(page: Page, path: string, baseURL: string, scheme: 'light' | 'dark'): Promise<void> {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(req.url());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await watchPolicy(page);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(path);
  await page.waitForLoadState('networkidle');

  expect(policyProblems(await pagePolicy(page), path), 'the content security policy').toEqual([]);
  expect(await violations(page), `content security policy violations on /${path}`).toEqual([]);

  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(foreign, 'requests to another origin').toEqual([]);
  expect(errors, 'uncaught errors in the page').toEqual([]);

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = axe.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary, `axe violations on /${path} (${scheme})`).toEqual([]);
}
