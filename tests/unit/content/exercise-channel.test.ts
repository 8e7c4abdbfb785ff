import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblem } from '../../../src/lib/exercise-files/validate.ts';
import { course } from '../../../src/course.config.ts';
import { minimalExercise } from './exercise-fixture.ts';

/**
 * Every exercise names its channel (issue 16, item 15), and a draft may name the kind of
 * fault it shows (item 12): `npm run check` refuses a missing or unknown value with one
 * Dutch line naming the file and the field.
 */
let root = '';

function write(path: string, value: Record<string, unknown>) {
  writeFileSync(join(root, path), JSON.stringify(value, null, 2)); // JSON is valid YAML
}
function lines() {
  return checkContent(root, course, new Set()).map(formatProblem);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'klik-channel-'));
  mkdirSync(join(root, 'src/content/lessons'), { recursive: true });
  mkdirSync(join(root, 'exercises'));
  writeFileSync(
    join(root, 'src/content/lessons/een-les.mdx'),
    '---\ntitle: Een les\nsummary: Waar deze les over gaat.\nmodule: welkom\norder: 1\nminutes: 6\ngoals:\n  - Je kunt iets uitleggen.\n---\n\nTekst.\n',
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the channel of an exercise', () => {
  it.each(['mail', 'chat', 'platform'])('%s is accepted', (channel) => {
    write('exercises/een.yaml', minimalExercise('een', { channel }));
    expect(lines()).toEqual([]);
  });

  it('is required: a file without it is refused in Dutch, naming the choices', () => {
    const { channel: _left, ...rest } = minimalExercise('een');
    write('exercises/een.yaml', rest);
    expect(lines()).toEqual(['exercises/een.yaml: veld "channel": ontbreekt; kies uit: mail, chat, platform']);
  });

  it('refuses an unknown channel, quoting it', () => {
    write('exercises/een.yaml', minimalExercise('een', { channel: 'whatsapp' }));
    expect(lines()).toEqual(['exercises/een.yaml: veld "channel": onbekend kanaal "whatsapp"; kies uit: mail, chat, platform']);
  });
});

describe('the kind of fault of a draft', () => {
  const rewrite = { kind: 'rewrite', draft: 'Hallo,\n\nZie bijlage.\n\nMvg' };

  it('is optional and accepted next to a draft', () => {
    write('exercises/een.yaml', minimalExercise('een', rewrite));
    write('exercises/twee.yaml', minimalExercise('twee', { ...rewrite, draftFault: 'te-veel-vragen' }));
    expect(lines()).toEqual([]);
  });

  it('refuses an unknown kind, naming the choices', () => {
    write('exercises/een.yaml', minimalExercise('een', { ...rewrite, draftFault: 'slordig' }));
    const [line, ...rest] = lines();
    expect(rest).toEqual([]);
    expect(line).toMatch(/^exercises\/een\.yaml: veld "draftFault": onbekende soort fout "slordig"; kies uit: zakelijk, te-lang, .*wegwuiven$/);
  });

  it('refuses a fault without a draft', () => {
    write('exercises/een.yaml', minimalExercise('een', { draftFault: 'zakelijk' }));
    expect(lines()).toEqual(['exercises/een.yaml: veld "draftFault": draftFault hoort bij een draft; deze oefening heeft geen draft']);
  });
});
