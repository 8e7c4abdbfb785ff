import { test } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-pages.ts';
import { checkPage } from './lib/page-check.ts';

/** The dark theme has its own colours: every page is checked in it too (root build). */
for (const path of builtPages()) {
  test(`page /${path} is accessible in the dark theme`, async ({ page, baseURL }) => {
    await checkPage(page, path, baseURL!, 'dark');
  });
}
