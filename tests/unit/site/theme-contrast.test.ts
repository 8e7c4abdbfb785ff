import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio } from '../../../src/lib/color/contrast.ts';

/** The colour tokens of both themes, read from the stylesheet the site uses. */
function themeTokens(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const m of css.matchAll(/--(color-[a-z0-9-]+):\s*light-dark\((#[0-9a-f]{3,6}),\s*(#[0-9a-f]{3,6})\)/gi)) {
    light[m[1]!] = m[2]!;
    dark[m[1]!] = m[3]!;
  }
  return { light, dark };
}

const TEXT_PAIRS: Array<[string, string]> = [
  ['color-text', 'color-bg'],
  ['color-text', 'color-surface'],
  ['color-text', 'color-surface-2'],
  ['color-muted', 'color-bg'],
  ['color-muted', 'color-surface'],
  ['color-accent', 'color-bg'],
  ['color-accent', 'color-surface'],
  ['color-accent-hover', 'color-bg'],
  ['color-accent-text', 'color-accent'],
  ['color-accent-text', 'color-accent-hover'],
  ['color-good', 'color-bg'],
  ['color-good', 'color-surface'],
  ['color-warn', 'color-bg'],
  ['color-warn', 'color-surface'],
  ['color-bad', 'color-bg'],
  ['color-bad', 'color-surface'],
  ['color-mark-text', 'color-mark'],
];
const UI_PAIRS: Array<[string, string]> = [
  ['color-control-border', 'color-bg'],
  ['color-focus', 'color-bg'],
  ['color-focus', 'color-surface'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const tokens = themeTokens()[theme];

  it('defines every colour token used in the checks', () => {
    for (const name of [...TEXT_PAIRS, ...UI_PAIRS].flat()) expect(tokens[name], `--${name}`).toMatch(/^#/);
  });

  it.each(TEXT_PAIRS)('text in --%s on --%s has at least 4.5:1 contrast', (fg, bg) => {
    expect(contrastRatio(tokens[fg]!, tokens[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('controls and focus in --%s on --%s have at least 3:1 contrast', (fg, bg) => {
    expect(contrastRatio(tokens[fg]!, tokens[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for equal colours', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1b5e6a', '#1b5e6a')).toBe(1);
  });
  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('teal', '#fff')).toThrow(/not a colour/);
  });
});
