import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspConfig, cspHash, CSP_DIRECTIVES } from '../../../src/lib/site/csp.ts';
import { THEME_INIT_SCRIPT } from '../../../src/lib/site/theme-init.ts';
import { accentStyle } from '../../../src/lib/course/theme.ts';
import { SCROLL_MARKER_STYLE } from '../../../src/lib/site/scroll-markers.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the content security policy settings', () => {
  it('hold only this site: default, object and base', () => {
    expect(CSP_DIRECTIVES).toEqual(["default-src 'self'", "object-src 'none'", "base-uri 'self'"]);
    const config = cspConfig({ accent: { light: '#1b5e6a', dark: '#7cc7d2' } });
    expect(config.scriptDirective.resources).toEqual(["'self'"]);
    expect(config.styleDirective.resources).toEqual(["'self'"]);
  });

  it('allow the theme script by the hash of exactly what the page carries', () => {
    const config = cspConfig({ accent: { light: '#1b5e6a', dark: '#7cc7d2' } });
    expect(config.scriptDirective.hashes).toEqual([sha256(THEME_INIT_SCRIPT)]);
    expect(cspHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=');
  });

  it("allow a trainer's accent colour style by its hash, and no accent hash without one", () => {
    const marker = sha256(SCROLL_MARKER_STYLE);
    expect(cspConfig({ accent: { light: '#1b5e6a', dark: '#7cc7d2' } }).styleDirective.hashes).toEqual([marker]);
    const accent = { light: '#7a1f5c', dark: '#f0a8d8' };
    const style = accentStyle({ accent });
    expect(style).not.toBeNull();
    expect(cspConfig({ accent }).styleDirective.hashes).toEqual([marker, sha256(style!)]);
  });
});
