import { test, expect } from '@playwright/test';

test.describe('keyboard only', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#inhoud$/);
    await expect(page.locator('main#inhoud')).toBeFocused();
  });

  test('on a phone-sized screen the menu opens, is walked and closes with the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('');
    const toc = page.getByRole('navigation', { name: 'Inhoudsopgave' });
    await expect(toc).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(toc).toBeVisible();
    const firstLink = toc.getByRole('link').first();
    await expect(firstLink).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toc.getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toc).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('on a wide screen the table of contents is always shown and the menu button is not', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('');
    await expect(page.getByRole('navigation', { name: 'Inhoudsopgave' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });

  test('the theme toggle works by keyboard and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('');
    const toggle = page.getByRole('button', { name: 'Donker' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    let guard = 0;
    while (!(await toggle.evaluate((el) => el === document.activeElement)) && guard++ < 20) await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(bgBefore);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Donker' }).press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test('a lesson page prints without navigation', async ({ page }) => {
  await page.goto('');
  const firstLesson = page.locator('a[data-lesson-link]').first();
  const href = await firstLesson.getAttribute('href');
  await page.goto(href!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Inhoudsopgave' })).toBeHidden();
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});
