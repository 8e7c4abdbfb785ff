import type { Page } from '@playwright/test';

/**
 * The sum of the layout shifts without recent input while `path` loads, its
 * scripts arriving late as on a slow phone connection (the page paints before
 * the islands run). `ready` waits for what the page shows once alive; `settle`
 * gives late work a moment more before the sum is read.
 */
export async function layoutShiftOf(page: Page, path: string, ready: (page: Page) => Promise<void>, settle = 0): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  if (settle > 0) await page.waitForTimeout(settle);
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}
