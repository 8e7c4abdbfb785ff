import { parse } from 'yaml';

/**
 * The one reader of a lesson's front matter (the YAML between the opening and
 * closing `---`) for Node code: `npm run check` and the tests. The site itself
 * reads lessons through Astro's content collection.
 */
export type FrontMatter = { ok: true; data: unknown; body: string } | { ok: false; message: string };

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

export function readFrontMatter(source: string): FrontMatter {
  const match = FRONT.exec(source);
  if (!match) return { ok: false, message: 'front matter (tussen --- en ---) ontbreekt' };
  try {
    return { ok: true, data: parse(match[1]!), body: match[2]! };
  } catch (error) {
    return { ok: false, message: `ongeldige YAML in de front matter: ${String((error as Error).message).split('\n')[0]}` };
  }
}
