import { describe, expect, it } from 'vitest';
import { SITE_SECTIONS, currentSection } from '../../../src/lib/site/site-nav.ts';
import { isThemeChoice, storeChoice, storedChoice, THEME_KEY } from '../../../src/lib/site/theme.ts';

describe('the main sections in the header', () => {
  it('name the course’s sections in reading order', () => {
    expect(SITE_SECTIONS.map((s) => s.label)).toEqual(['Lessen', 'Oefeningen', 'Trajecten', 'Begrippen', 'Bronnen', 'Voortgang', 'Zoeken']);
  });

  it('mark the section of the page shown, under any base path', () => {
    expect(currentSection('/', '/')?.label).toBe('Lessen');
    expect(currentSection('/cursus/lessen/het-welkomstritueel/', '/cursus/')?.label).toBe('Lessen');
    expect(currentSection('/cursus/oefeningen/welkom-chat-lin/', '/cursus')?.label).toBe('Oefeningen');
    expect(currentSection('/voortgang/portfolio/', '/')?.label).toBe('Voortgang');
    expect(currentSection('/over/', '/')).toBeUndefined();
  });
});

describe('the remembered theme choice', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
  };

  it('is the system’s setting until the trainee chooses, and again after choosing it', () => {
    const storage = memory();
    expect(storedChoice(storage)).toBe('system');
    storeChoice(storage, 'dark');
    expect(storage.map.get(THEME_KEY)).toBe('dark');
    expect(storedChoice(storage)).toBe('dark');
    storeChoice(storage, 'system');
    expect(storage.map.has(THEME_KEY)).toBe(false);
    expect(storedChoice(storage)).toBe('system');
  });

  it('ignores a stored value it does not know, and storage that throws', () => {
    const storage = memory();
    storage.map.set(THEME_KEY, 'sepia');
    expect(storedChoice(storage)).toBe('system');
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => undefined };
    expect(storedChoice(broken)).toBe('system');
    expect(storeChoice(broken, 'light')).toBe(false);
    expect(isThemeChoice('system')).toBe(true);
    expect(isThemeChoice('sepia')).toBe(false);
  });
});

import { footerByline } from '../../../src/lib/site/footer.ts';

describe('the footer', () => {
  it('does not repeat the course name as the organisation ("Klik · Klik")', () => {
    expect(footerByline({ title: 'Klik', organisation: { name: 'Klik' } })).toBe('Klik');
    expect(footerByline({ title: 'Klik', organisation: { name: 'Hogeschool Noord', contact: 'elearning@example.nl' } })).toBe(
      'Klik · Hogeschool Noord · elearning@example.nl',
    );
  });
});
