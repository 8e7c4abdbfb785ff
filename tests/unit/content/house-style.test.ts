/**
 * One house style across all lessons (issue 16, item 7):
 * - the client is ‘je cliënt’, ‘die’, ‘diens’ — never ‘hij of zij’, ‘hem of haar’, ‘zijn of haar’;
 * - quoted speech and quoted words use ‘…’, never straight "…" (or curly “…”) quotes, and
 *   apostrophes are ’ too;
 * - weak and strong examples are labelled "Zwakkere versie" / "Sterkere versie" by the
 *   `<Voorbeeld>` caption, never "Vooraf"/"Achteraf";
 * - the Reflectie comes before the Kern, and the Kern closes the lesson.
 * Plain Node: the MDX files are read from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voorbeeldCaption } from '../../../src/components/lesson/voorbeeld-caption.ts';

const LESSON_DIR = join(import.meta.dirname, '../../../src/content/lessons');

const lessons = readdirSync(LESSON_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(LESSON_DIR, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const body = text.slice(front.length + 9);
    return { slug: file.replace(/\.mdx$/, ''), front, body };
  });

/** The body as a reader sees it: without MDX tags (whose attributes use "…") and link targets. */
function prose(body: string): string {
  return body.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
}

describe('the example caption', () => {
  it('labels weak and strong examples "Zwakkere versie" and "Sterkere versie"', () => {
    expect(voorbeeldCaption('coach', 'Karim', 'zwak')).toBe('Zwakkere versie — bericht van coach Karim');
    expect(voorbeeldCaption('coach', 'Karim', 'sterk')).toBe('Sterkere versie — bericht van coach Karim');
    expect(voorbeeldCaption('client', 'Marit')).toBe('Bericht van cliënt Marit');
  });
});

describe.each(lessons.map((l) => [l.slug, l] as const))('lesson %s keeps the house style', (_slug, lesson) => {
  it('labels no example "Vooraf" or "Achteraf"', () => {
    expect(lesson.body).not.toMatch(/titel="\s*(Vooraf|Achteraf)\b/i);
    expect(lesson.body).not.toMatch(/^#+\s*(Vooraf|Achteraf)\b/im);
    expect(lesson.body).not.toMatch(/\b(Vooraf|Achteraf)\s*:/);
  });

  it('quotes with ‘…’, not with straight or curly double quotes', () => {
    const lines = prose(lesson.body)
      .split('\n')
      .filter((line) => /["“”]/.test(line));
    expect(lines).toEqual([]);
  });

  it('writes apostrophes as ’ (zo’n, ’s avonds), like the quotes', () => {
    const lines = prose(lesson.body)
      .split('\n')
      .filter((line) => /[A-Za-zëé]'[a-z]|(^|\s)'s\s/.test(line));
    expect(lines).toEqual([]);
  });

  it('quotes with ‘…’ in its summary and goals too', () => {
    const shown = lesson.front
      .split('\n')
      .filter((line) => /^(summary:|\s+- )/.test(line))
      .map((line) => line.replace(/^(summary:|\s+-)\s*/, '').replace(/^(["'])(.*)\1$/, '$2'));
    expect(shown.filter((value) => /(^|[\s(])['"“][^'"”]+['"”]/.test(value))).toEqual([]);
  });

  it('writes about the client as ‘die’ and ‘diens’, not ‘hij of zij’', () => {
    expect(lesson.body).not.toMatch(/\b(hij of zij|zij of hij|hem of haar|haar of hem|zijn of haar|haar of zijn)\b/i);
  });

  it('ends with the Kern, after the Reflectie', () => {
    expect(lesson.body.match(/<Kern[\s>]/g)?.length).toBe(1);
    expect(lesson.body.trimEnd().endsWith('</Kern>')).toBe(true);
    expect(lesson.body.indexOf('<Reflectie')).toBeGreaterThan(-1);
    expect(lesson.body.indexOf('<Reflectie')).toBeLessThan(lesson.body.indexOf('<Kern'));
  });
});
