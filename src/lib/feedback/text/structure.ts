import type { Closing, Salutation, Sentence } from '../types.ts';
import {
  FULL_CLOSING,
  GENERIC_ADDRESSEES,
  NAME_PARTICLES,
  NOT_A_NAME,
  PLAIN_CLOSING,
  SALUTATION_GREETINGS,
  SHORT_CLOSING,
  SIGNATURE_CONTACT,
  SIGNATURE_TITLE,
  TITLES,
  WISH_AND_GREETING,
} from '../lexicon/greetings.ts';

/**
 * Recognises the three parts of a message: the salutation ("Beste Sanne,"),
 * the body and the closing ("Hartelijke groet,\nMarloes" plus any signature).
 */

type SalutationFound = Omit<Salutation, 'nextSentence'> & {
  /** Offset where the body starts when the salutation shares its line with text. */
  restStart: number | null;
};

const GREETING = new RegExp(`^(${SALUTATION_GREETINGS.join('|')})(?![\\p{L}\\p{N}'])`, 'iu');
/** Greetings that are also ordinary words: only a salutation when followed by a short name and punctuation. */
const AMBIGUOUS_GREETINGS = new Set(['dag', 'morgen', 'middag', 'ha', 'welkom', 'hello', 'dear']);
const NAME_END = /[,!:;.?\n]|\s[-–—]\s/u;
const UPPER = /^\p{Lu}/u;
const WORD = /[^\s]+/gu;
const MAX_NAME_WORDS = 5;
const EDGE_PUNCT = /^[\s,!.:;?…]+|[\s,!.:;?…\p{Extended_Pictographic}\u200d\ufe0f]+$/gu;

export function stripEdgePunctuation(text: string): string {
  return text.replace(EDGE_PUNCT, '');
}

/** Removes accents and lower-cases, for comparing names ("Ayşe" = "ayse"). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function isNameWord(word: string, index: number): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/, '');
  if (index > 0 && NAME_PARTICLES.has(lower)) return true;
  return UPPER.test(word) && !NOT_A_NAME.has(lower);
}

/** Detects a salutation at the start of the first sentence. */
export function detectSalutation(text: string, first: { start: number; end: number } | undefined): SalutationFound | null {
  if (!first) return null;
  const line = text.slice(first.start, first.end);
  const greeting = GREETING.exec(line);
  if (!greeting) return detectBareName(line, first.start) ?? detectTitleVocative(line, first.start);
  const greetingWord = greeting[1]!.toLowerCase();
  const afterGreeting = greeting[0].length;
  const rest = line.slice(afterGreeting);
  const endMatch = NAME_END.exec(rest);
  const namePart = endMatch ? rest.slice(0, endMatch.index) : rest;
  const nameWords = words(namePart);
  const restAfterName = endMatch ? rest.slice(endMatch.index + endMatch[0].length) : '';
  // "Dag Ineke,", "Dag mevrouw Jansen,": a name, or a title and a name, after an ambiguous greeting.
  const addressed = (word: string, index: number) => isNameWord(word, index) || (index === 0 && nameWords.length > 1 && TITLES.has(word.toLowerCase()));
  if (AMBIGUOUS_GREETINGS.has(greetingWord) && (nameWords.length === 0 || nameWords.length > 3 || !nameWords.every(addressed))) {
    return null;
  }
  if (nameWords.length > MAX_NAME_WORDS) {
    // "Hoi ik wilde je even laten weten…": a greeting word, then a sentence.
    return makeSalutation(first.start, greetingWord, afterGreeting, '', 0, 0, line, afterGreeting);
  }
  const leading = namePart.length - namePart.trimStart().length;
  const name = namePart.trim();
  const nameStart = afterGreeting + leading;
  const end = endMatch ? afterGreeting + endMatch.index + (endMatch[0] === '\n' ? 0 : endMatch[0].trimEnd().length) : line.length;
  const restStart = restAfterName.trim() ? end : null;
  return makeSalutation(first.start, greetingWord, end, name, nameStart, nameStart + name.length, line, restStart);
}

function makeSalutation(
  offset: number,
  greeting: string,
  end: number,
  name: string,
  nameStart: number,
  nameEnd: number,
  line: string,
  restStart: number | null,
): SalutationFound {
  let bodyStart = restStart;
  if (bodyStart !== null) {
    while (bodyStart < line.length && /\s/.test(line[bodyStart]!)) bodyStart++;
    if (bodyStart >= line.length) bodyStart = null;
  }
  return {
    start: offset,
    end: offset + end,
    greeting,
    name,
    nameStart: offset + nameStart,
    nameEnd: offset + nameEnd,
    restStart: bodyStart === null ? null : offset + bodyStart,
  };
}

/** "Mevrouw Pinas, met een bonkend hart…": a title and surname, addressed before the first comma. */
const TITLE_VOCATIVE = /^((?:mevrouw|meneer)\s+[^\s,!]+(?:\s+[^\s,!]+){0,2})\s*,/iu;
function detectTitleVocative(line: string, offset: number): SalutationFound | null {
  const match = TITLE_VOCATIVE.exec(line);
  if (!match) return null;
  const [title, ...nameWords] = words(match[1]!);
  if (nameWords.length === 0 || !nameWords.every((word, i) => isNameWord(word, i))) return null;
  // The title is both the greeting and part of the name, as in "Beste mevrouw Pinas".
  return makeSalutation(offset, title!.toLowerCase(), match[0].length, match[1]!, 0, match[1]!.length, line, match[0].length);
}

/** "Sanne," alone on the first line: a name without a greeting word. */
function detectBareName(line: string, offset: number): SalutationFound | null {
  const match = /^([^\s,!]+(?:\s+[^\s,!]+){0,2})\s*[,!]\s*$/u.exec(line);
  if (!match) return null;
  const nameWords = words(match[1]!);
  if (!nameWords.every(isNameWord) || GENERIC_ADDRESSEES.has(nameWords[0]!.toLowerCase())) return null;
  return { start: offset, end: offset + line.trimEnd().length, greeting: '', name: match[1]!, nameStart: offset, nameEnd: offset + match[1]!.length, restStart: null };
}

/** True when the words after a greeting only name a role or nobody ("cliënt", "heer/mevrouw"). */
export function isGenericAddressee(name: string): boolean {
  const list = words(name.toLowerCase()).map((w) => w.replace(/[.,]$/, ''));
  if (list.length === 0) return true;
  return list.every((w) => GENERIC_ADDRESSEES.has(w) || TITLES.has(w) || w === '/' || w === 'of' || w === 'en');
}

// ---------------------------------------------------------------- closing

const MAX_CLOSING_UNITS = 5;
const MAX_LINE = 90;

interface Unit {
  start: number;
  end: number;
  text: string;
  index: number;
}

function formulaOf(text: string): { kind: Closing['kind']; length: number } | null {
  const full = FULL_CLOSING.exec(text) ?? WISH_AND_GREETING.exec(text);
  if (full) return { kind: 'full', length: full[0].length };
  const short = SHORT_CLOSING.exec(text);
  if (short) return { kind: 'short', length: short[0].length };
  const plain = PLAIN_CLOSING.exec(text);
  if (plain) return { kind: 'plain', length: plain[0].length };
  return null;
}

/** A line with only a name: "Marloes", "Jolanda Verhoef", "K.", "marloes" when that is the coach. */
export function isNameLine(text: string, coachName: string): boolean {
  const clean = stripEdgePunctuation(text);
  if (!clean || clean.length > 40 || /[?]/.test(text)) return false;
  if (coachName && foldName(clean).split(/\s+/).includes(foldName(coachName).split(/\s+/)[0]!)) return true;
  const list = words(clean);
  if (list.length > 4) return false;
  if (/^\p{Lu}\.?$/u.test(clean)) return true;
  return list.every(isNameWord);
}

function isSignature(text: string): boolean {
  if (/[?]/.test(text) || formulaOf(text)) return false;
  if (SIGNATURE_CONTACT.test(text)) return true;
  return words(text).length <= 6 && SIGNATURE_TITLE.test(text);
}

function unitsFromEnd(sentences: Sentence[]): Unit[] {
  const units: Unit[] = [];
  for (let i = sentences.length - 1; i >= 0 && units.length < MAX_CLOSING_UNITS; i--) {
    const s = sentences[i]!;
    units.unshift({ start: s.start, end: s.end, text: s.text, index: i });
  }
  return units;
}

/** Splits "Hartelijke groet, Esther" into formula and name. */
function splitFormulaLine(unit: Unit, length: number, coachName: string): { name: string; nameStart: number } {
  const after = unit.text.slice(length);
  const lead = after.length - after.replace(/^[\s,!.:;-]+/u, '').length;
  const candidate = after.slice(lead).trim().replace(/^(?:van|from)\s+/iu, '');
  if (candidate && isNameLine(candidate, coachName)) {
    const name = stripEdgePunctuation(candidate);
    return { name, nameStart: unit.start + unit.text.indexOf(name, length) };
  }
  return { name: '', nameStart: -1 };
}

/** Detects the closing at the end of a message. */
export function detectClosing(text: string, sentences: Sentence[], coachName: string, bodyFirst: number): Closing | null {
  const units = unitsFromEnd(sentences).filter((u) => u.index >= bodyFirst);
  let i = units.length - 1;
  let signatureStart = -1;
  while (i >= 0 && units[i]!.text.length <= 200 && isSignature(units[i]!.text)) {
    signatureStart = units[i]!.start;
    i--;
  }
  const last = units[i];
  const closing: Closing = {
    start: -1, end: -1, formula: '', formulaStart: -1, formulaEnd: -1, kind: 'none', name: '', nameStart: -1, nameEnd: -1,
    signature: signatureStart >= 0, firstSentence: -1,
  };
  const end = units[units.length - 1]?.end ?? text.length;
  if (last && last.text.length <= MAX_LINE) {
    const formula = formulaOf(last.text);
    if (formula) {
      setFormula(closing, last, formula);
      const { name, nameStart } = splitFormulaLine(last, formula.length, coachName);
      if (name) setName(closing, name, nameStart);
      return finish(closing, last, end);
    }
    if (isNameLine(last.text, coachName)) {
      setName(closing, stripEdgePunctuation(last.text), last.start + last.text.indexOf(stripEdgePunctuation(last.text)));
      const before = units[i - 1];
      const beforeFormula = before && before.text.length <= MAX_LINE ? formulaOf(before.text) : null;
      if (before && beforeFormula && words(before.text.slice(beforeFormula.length)).length <= 6) {
        setFormula(closing, before, beforeFormula);
        return finish(closing, before, end);
      }
      return finish(closing, last, end);
    }
  }
  if (signatureStart >= 0) {
    const first = units.find((u) => u.start === signatureStart)!;
    return finish(closing, first, end);
  }
  return null;
}

function setFormula(closing: Closing, unit: Unit, formula: { kind: Closing['kind']; length: number }): void {
  closing.kind = formula.kind;
  closing.formulaStart = unit.start;
  closing.formulaEnd = unit.start + unit.text.slice(0, formula.length).trimEnd().length;
  closing.formula = unit.text.slice(0, closing.formulaEnd - unit.start);
}

function setName(closing: Closing, name: string, start: number): void {
  closing.name = name;
  closing.nameStart = start;
  closing.nameEnd = start + name.length;
}

function finish(closing: Closing, first: Unit, end: number): Closing {
  closing.start = first.start;
  closing.end = end;
  closing.firstSentence = first.index;
  return closing;
}
