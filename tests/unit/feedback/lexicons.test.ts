import { describe, expect, it } from 'vitest';

/** Every word list of the engine, by file and name. */
const modules = import.meta.glob<Record<string, unknown>>('../../../src/lib/feedback/lexicon/*.ts', { eager: true });
const lists = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, readonly unknown[]] => Array.isArray(entry[1]))
    .flatMap(([name, list]) =>
      // A list of groups (feeling families) is checked group by group.
      list.every(Array.isArray)
        ? (list as string[][]).map((group, i) => ({ where: `${file.split('/').pop()} ${name}[${i}]`, list: group }))
        : [{ where: `${file.split('/').pop()} ${name}`, list: list as string[] }],
    ),
);

describe('lexicons', () => {
  it('are found', () => {
    expect(lists.length).toBeGreaterThan(20);
  });

  it.each(lists.map((l) => [l.where, l.list] as const))('%s has no duplicate entries', (_where, list) => {
    const seen = new Set<string>();
    const duplicates = list.filter((entry) => {
      const key = entry.toLowerCase().trim();
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    expect(duplicates).toEqual([]);
  });

  it.each(lists.map((l) => [l.where, l.list] as const))('%s has no empty entries', (_where, list) => {
    expect(list.filter((entry) => entry.trim() === '')).toEqual([]);
  });
});
