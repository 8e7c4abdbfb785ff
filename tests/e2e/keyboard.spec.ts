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
    const sections = page.locator('nav[data-site-nav]');
    const toc = page.getByRole('navigation', { name: 'Inhoudsopgave' });
    await expect(sections).toBeHidden();
    await expect(toc).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(sections).toBeVisible();
    await expect(toc).toBeVisible();
    await expect(sections.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sections.getByRole('link').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sections).toBeHidden();
    await expect(toc).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('on a wide screen the table of contents is always shown and the menu button is not', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('');
    await expect(page.getByRole('navigation', { name: 'Inhoudsopgave' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });

  test('the theme choice (light, dark, system) works by keyboard, is remembered and can follow the system again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('');
    const group = page.getByRole('group', { name: 'Thema' });
    const system = group.getByRole('radio', { name: 'Systeem' });
    const dark = group.getByRole('radio', { name: 'Donker' });
    await expect(system).toBeChecked();
    let guard = 0;
    while (!(await system.evaluate((el) => el === document.activeElement)) && guard++ < 30) await page.keyboard.press('Tab');
    await expect(system).toBeFocused();
    const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.keyboard.press('ArrowLeft'); // radio groups move with the arrow keys: Systeem → Donker
    await expect(dark).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(bgBefore);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('group', { name: 'Thema' }).getByRole('radio', { name: 'Donker' })).toBeChecked();
    await page.getByRole('group', { name: 'Thema' }).getByRole('radio', { name: 'Systeem' }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
    expect(await page.evaluate(() => localStorage.getItem('klik:theme'))).toBeNull();
    // Following the system again: the system's dark setting now shows dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByRole('group', { name: 'Thema' }).getByRole('radio', { name: 'Systeem' })).toBeChecked();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(bgBefore);
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
