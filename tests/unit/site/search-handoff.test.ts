import { describe, expect, it } from 'vitest';
import { HANDOFF_KEY, HANDOFF_MAX_AGE_MS, saveHandoff, takeHandoff, type Handoff } from '../../../src/components/search/handoff.ts';

/** sessionStorage as a Map. */
function memoryStore(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const NOW = 1_800_000_000_000;
const handoff = (over: Partial<Handoff> = {}): Handoff => ({
  query: 'welkom',
  total: 12,
  items: [{ url: '/lessen/het-welkomstritueel/', title: 'Het welkomstritueel', excerpt: 'Een <mark>welkom</mark> dat klopt' }],
  at: NOW - 1000,
  ...over,
});

describe('the first results the header hands to /zoeken/', () => {
  it('are shown once, for the same query', () => {
    const store = memoryStore();
    expect(saveHandoff(store, handoff())).toBe(true);
    expect(takeHandoff(store, ' welkom ', '/', NOW)).toEqual(handoff());
    // Read once: a reload of /zoeken/ searches itself.
    expect(takeHandoff(store, 'welkom', '/', NOW)).toBeNull();
  });

  it('are ignored (and dropped) for another query, when stale, or from the future', () => {
    for (const [stored, query] of [
      [handoff(), 'vertrouwen'],
      [handoff({ at: NOW - HANDOFF_MAX_AGE_MS - 1 }), 'welkom'],
      [handoff({ at: NOW + 60_000 }), 'welkom'],
    ] as const) {
      const store = memoryStore();
      saveHandoff(store, stored);
      expect(takeHandoff(store, query, '/', NOW)).toBeNull();
      expect(store.data.has(HANDOFF_KEY)).toBe(false);
    }
  });

  it('never carry a link out of the course, nor anything not in their shape', () => {
    const bad: unknown[] = [
      handoff({ items: [{ url: 'https://evil.example/', title: 'x', excerpt: '' }] }),
      handoff({ items: [{ url: '//evil.example/lessen/', title: 'x', excerpt: '' }] }),
      handoff({ items: [{ url: 'javascript:alert(1)', title: 'x', excerpt: '' }] }),
      { ...handoff(), total: 0 },
      { ...handoff(), total: 2.5 },
      { ...handoff(), items: 'nee' },
      { ...handoff(), items: [{ url: '/lessen/x/', title: 3, excerpt: '' }] },
      'geen object',
    ];
    for (const value of bad) {
      const store = memoryStore();
      store.setItem(HANDOFF_KEY, JSON.stringify(value));
      expect(takeHandoff(store, 'welkom', '/', NOW), JSON.stringify(value)).toBeNull();
    }
    const broken = memoryStore();
    broken.setItem(HANDOFF_KEY, '{niet: json');
    expect(takeHandoff(broken, 'welkom', '/', NOW)).toBeNull();
  });

  it('follow the base path of a sub-path build', () => {
    const store = memoryStore();
    saveHandoff(store, handoff({ items: [{ url: '/cursus/lessen/x/', title: 'X', excerpt: '' }] }));
    expect(takeHandoff(store, 'welkom', '/cursus/', NOW)?.items[0]?.url).toBe('/cursus/lessen/x/');
    saveHandoff(store, handoff());
    expect(takeHandoff(store, 'welkom', '/cursus/', NOW)).toBeNull();
  });

  it('cost nothing when storage is refused', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(saveHandoff(refusing, handoff())).toBe(false);
    expect(takeHandoff(refusing, 'welkom', '/', NOW)).toBeNull();
    expect(saveHandoff(undefined, handoff())).toBe(false);
    expect(takeHandoff(undefined, 'welkom', '/', NOW)).toBeNull();
  });
});
