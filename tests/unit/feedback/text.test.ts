import { describe, expect, it } from 'vitest';
import { splitSentences, splitWords, splitParagraphs } from '../../../src/lib/feedback/text/segment.ts';
import { sameStem, wordKeys, participleForms } from '../../../src/lib/feedback/text/stem.ts';
import { isCommonWord } from '../../../src/lib/feedback/text/stopwords.ts';
import { findQuotes } from '../../../src/lib/feedback/text/quotes.ts';
import { analyseText } from '../../../src/lib/feedback/analyse.ts';
import { clientNamesFrom, signedName } from '../../../src/lib/feedback/text/names.ts';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('word tokens', () => {
  it('keep exact UTF-16 offsets around emoji, accents and CRLF', () => {
    const text = 'Hoi 👋🏽 Zoë,\r\nwat een café-avond! 😊 Tot ziens.';
    const words = splitWords(text);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.text)).toEqual(['Hoi', 'Zoë', 'wat', 'een', 'café', 'avond', 'Tot', 'ziens']);
  });

  it('keep apostrophes inside words', () => {
    expect(splitWords("zo'n collega's").map((w) => w.text)).toEqual(["zo'n", "collega's"]);
  });
});

describe('sentences', () => {
  it('do not break after abbreviations such as bijv. and o.a.', () => {
    const text = 'Je kunt bijv. Marloes vragen. Er zijn o.a. Utrecht en Zwolle. Dhr. Jansen komt ook.';
    expect(texts(text, splitSentences(text))).toEqual([
      'Je kunt bijv. Marloes vragen.',
      'Er zijn o.a. Utrecht en Zwolle.',
      'Dhr. Jansen komt ook.',
    ]);
  });

  it('break at line ends, also CRLF, and trim white space', () => {
    const text = 'Beste Sanne,\r\n\r\n  Wat fijn!\r\nHartelijke groet,\r\nMarloes  ';
    expect(texts(text, splitSentences(text))).toEqual(['Beste Sanne,', 'Wat fijn!', 'Hartelijke groet,', 'Marloes']);
  });

  it('end a chat sentence at an emoji before a lower-case word', () => {
    const text = 'je bent echt een held 💪 hoe doen jullie de nachten nu?';
    expect(texts(text, splitSentences(text))).toEqual(['je bent echt een held 💪', 'hoe doen jullie de nachten nu?']);
  });

  it('know which sentences are questions, also with an emoji after the mark', () => {
    const analysis = analyseText('Hoe gaat het? 😊 Goed zo. Is dat "raar?"');
    expect(analysis.sentences.map((s) => s.question)).toEqual([true, false, true]);
  });

  it('split paragraphs at empty lines', () => {
    const text = 'Een.\n\nTwee.\r\n \r\nDrie.\nNog drie.';
    expect(texts(text, splitParagraphs(text))).toEqual(['Een.', 'Twee.', 'Drie.\nNog drie.']);
  });
});

describe('stemming', () => {
  it.each([
    ['onzeker', 'onzekerheid'],
    ['vastgelopen', 'vastlopen'],
    ['gewerkt', 'werken'],
    ['gehuild', 'huilen'],
    ['teleurgesteld', 'teleurstelling'],
    ['afgezegd', 'afzeggen'],
    ['uitgeput', 'uitputten'],
    ['creatieve', 'creatiefs'],
    ['standups', 'standup'],
    ['werkt', 'werken'],
  ])('matches %s with %s', (a, b) => {
    expect(sameStem(a, b)).toBe(true);
  });

  it.each([
    ['gezin', 'zin'],
    ['werk', 'werkdag'],
    ['bang', 'bank'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(sameStem(a, b)).toBe(false);
  });

  it('drops ge- of participles, also after a prefix', () => {
    expect(participleForms('vastgelopen')).toContain('vastlopen');
    expect(participleForms('gewerkt')).toContain('werk');
    expect(participleForms('gezin')).toEqual([]);
  });

  it('puts the primary stem first', () => {
    expect(wordKeys('werken')[0]).toBe('werk');
  });

  it('knows common words', () => {
    expect(isCommonWord('vandaag')).toBe(true);
    expect(isCommonWord('werk')).toBe(true);
    expect(isCommonWord('gewerkt')).toBe(true);
    expect(isCommonWord('boodschappen')).toBe(false);
  });
});

describe('quotes', () => {
  it('finds double and curly quotes but not apostrophes', () => {
    const text = 'Je schrijft "ik loop vast" en ‘zo stil’, maar zo\'n avond en \'s nachts en collega\'s tellen niet.';
    expect(texts(text, findQuotes(text))).toEqual(['ik loop vast', 'zo stil']);
  });
});

describe('message structure', () => {
  it('finds salutation, body and closing', () => {
    const a = analyseText('Beste Sanne,\n\nWat knap. Hoe gaat het?\n\nHartelijke groet,\nMarloes', 'Marloes');
    expect(a.salutation?.greeting).toBe('beste');
    expect(a.salutation?.name).toBe('Sanne');
    expect(a.closing?.kind).toBe('full');
    expect(a.closing?.name).toBe('Marloes');
    expect(a.sentences.slice(a.bodyFirst, a.bodyLast + 1).map((s) => s.text)).toEqual(['Wat knap.', 'Hoe gaat het?']);
  });

  it('splits a salutation that shares its line with the body', () => {
    const a = analyseText('Hoi Iris, wat goed dat je schrijft. Groetjes, Mariska');
    expect(a.salutation?.name).toBe('Iris');
    expect(a.sentences[a.bodyFirst]?.text).toBe('wat goed dat je schrijft.');
    expect(a.closing?.name).toBe('Mariska');
  });

  it('recognises greetings without a name and formal titles', () => {
    expect(analyseText('Hallo,\n\nDank je.').salutation?.name).toBe('');
    expect(analyseText('Geachte mevrouw El Amrani,\n\nDank u.').salutation?.name).toBe('mevrouw El Amrani');
  });

  it('does not take a sentence for a salutation', () => {
    expect(analyseText('Morgen stuur ik je de planning.').salutation).toBeNull();
    expect(analyseText('Dag na dag wordt het beter.').salutation).toBeNull();
  });

  it('tells abbreviated closings, bare names and signature blocks apart', () => {
    expect(analyseText('Ik hoor het graag.\n\nMvg,\nRob').closing?.kind).toBe('short');
    expect(analyseText('Ik hoor het graag.\n\nGr. Lisa').closing).toMatchObject({ kind: 'short', name: 'Lisa' });
    expect(analyseText('Ik hoor het graag.\n\nDirk').closing).toMatchObject({ kind: 'none', name: 'Dirk' });
    expect(analyseText('Ik hoor het graag.\n\nFrank Jansen | Casemanager | T 030 123 45 67').closing).toMatchObject({ kind: 'none', name: '', signature: true });
    expect(analyseText('Vind je het prettig om via de chat met een begeleider te praten?').closing).toBeNull();
  });
});

describe('client names', () => {
  it('reads the name the client signed with', () => {
    expect(signedName('Het huis voelt leeg. Met vriendelijke groet, W. Hendriks')).toEqual(['W.', 'Hendriks']);
    expect(signedName('Ik weet het niet meer. Groetjes, Lotte')).toEqual(['Lotte']);
    expect(signedName('Ik weet het niet meer.')).toEqual([]);
  });

  it('adds the surname to the first name', () => {
    expect(clientNamesFrom('Henk', 'We waren 41 jaar getrouwd. Met vriendelijke groet, Henk de Boer')).toEqual(
      expect.arrayContaining(['henk', 'de boer', 'boer']),
    );
    expect(clientNamesFrom('Wim', 'Groet, W. Hendriks')).toEqual(expect.arrayContaining(['wim', 'hendriks']));
    expect(clientNamesFrom('Samira', 'Met vriendelijke groet, Samira El Amrani')).toEqual(expect.arrayContaining(['el amrani', 'amrani']));
  });
});
