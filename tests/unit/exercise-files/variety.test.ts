import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../../src/lib/exercise-files/load-node.ts';
import { openingDistribution, openingPattern, openingWords } from '../../../src/lib/exercise-files/openings.ts';

/**
 * The exercises teach judgement, not a formula (issue 16, items 11 and 12): model answers
 * do not all open the same way or lean on the same stock phrases, several check an
 * interpretation with the client, and the weak drafts show different beginner's mistakes.
 */
const { exercises } = loadExercises(process.cwd());
const models = exercises.map((e) => e.modelAnswer);

describe('opening patterns', () => {
  it('skip the salutation and group the stock openings', () => {
    expect(openingPattern('Beste Sanne,\n\nWat knap dat je schrijft.')).toBe('(wat) fijn/goed dat');
    expect(openingPattern('Hoi Tariq,\n\nFijn dat je het deed!')).toBe('(wat) fijn/goed dat');
    expect(openingPattern('Hoi Dewi,\n\nWat heb je een weg afgelegd!')).toBe('wat …');
    expect(openingPattern('Beste meneer Verbeek,\n\nDank u voor uw vraag.')).toBe('dank je');
    expect(openingPattern('Hoi Lin! Welkom hier.')).toBe('welkom');
    expect(openingPattern('Beste mevrouw Van Rijn,\n\nU hoeft zich niet te verontschuldigen.')).toBe('u hoeft');
    expect(openingWords('Geachte heer Ramdin,\n\n"Wie ben ik straks?" vraagt u.')).toBe('wie ben ik straks vraagt u');
  });

  it('no pattern opens more than a quarter of the model answers', () => {
    const distribution = openingDistribution(models);
    const tooCommon = distribution.filter((d) => d.share > 0.25).map((d) => `${d.pattern}: ${d.count} van ${models.length}`);
    expect(tooCommon, JSON.stringify(distribution.slice(0, 5))).toEqual([]);
  });
});

describe('stock phrases in model answers', () => {
  const count = (pattern: RegExp) => models.filter((m) => pattern.test(m)).length;

  it('"Ik kan me voorstellen" appears in at most two', () => {
    expect(count(/ik kan me (?:goed |heel goed )?voorstellen/i)).toBeLessThanOrEqual(2);
  });

  it('"begrijp/snap ik (heel) goed" appears in at most two', () => {
    expect(count(/(?:begrijp|snap) ik (?:heel |zo |best )?goed/i)).toBeLessThanOrEqual(2);
  });

  it('at least five check an interpretation with the client instead of stating it', () => {
    expect(count(/klopt (?:het|dat)\b|lees ik (?:het|dat) goed|zie ik (?:het|dat) goed|herken je|herkent u|heb ik (?:het|dat) goed/i)).toBeGreaterThanOrEqual(5);
  });
});

describe('weak drafts', () => {
  const faults = exercises.flatMap((e) => (e.draftFault ? [e.draftFault] : []));

  it('show at least five different kinds of fault', () => {
    expect(new Set(faults).size, faults.join(', ')).toBeGreaterThanOrEqual(5);
  });

  it('are not mostly curt business mail', () => {
    expect(faults.filter((f) => f === 'zakelijk').length).toBeLessThanOrEqual(faults.length / 3);
  });
});
