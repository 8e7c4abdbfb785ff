import { describe, expect, it } from 'vitest';
import { mirroredCount, mirroredSegments, prepareMirror } from '../../../src/lib/exercise-page/mirror.ts';

const message = 'Hoi Sanne, ik voel me zo onzeker sinds de reorganisatie. Ik ben helemaal vastgelopen op mijn werk.\n\nGroet, Hugo';
const source = prepareMirror(message, ['Hugo', 'Sanne']);
const marked = (reply: string) => mirroredSegments(source, reply).filter((s) => s.mirrored).map((s) => s.text);

describe('mirrored words in the client message', () => {
  it('marks nothing for an empty reply or one in other words, and keeps the message whole', () => {
    expect(marked('')).toEqual([]);
    expect(marked('Beste Hugo, dank voor je bericht.')).toEqual([]);
    expect(mirroredSegments(source, 'onzeker').map((s) => s.text).join('')).toBe(message);
  });

  it('marks the distinctive words the reply uses, also in another form of the same stem', () => {
    expect(marked('Je voelt veel onzekerheid sinds de reorganisatie.')).toEqual(['onzeker', 'reorganisatie']);
    expect(marked('Je bent vastgelopen, schrijf je.')).toEqual(['vastgelopen']);
  });

  it('does not mark common words or the names of client and coach', () => {
    // "helemaal", "werk", "voel" are common; Hugo and Sanne are names.
    expect(marked('Hugo, ik voel dat je helemaal klaar bent met je werk. Groet, Sanne')).toEqual([]);
  });

  it('counts each mirrored word once', () => {
    expect(mirroredCount(source, 'onzeker, onzekerheid en de reorganisatie')).toBe(2);
    expect(mirroredCount(source, '')).toBe(0);
  });
});
