import { test } from '@playwright/test';
import { checkWorksOffline } from './lib/offline-check.ts';

/**
 * After one online visit the whole course works offline: every lesson, search,
 * an exercise with its feedback; a page that was never stored gives the
 * offline page. Runs in the root and the /cursus/ (sub-path) project; the
 * hosting spec runs the same check through nginx and Apache.
 */
test.use({ serviceWorkers: 'allow' });

test('after one visit the course works offline', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await checkWorksOffline(page, context, baseURL!);
});
