import { NAME_PARTICLES, TITLES } from '../lexicon/greetings.ts';
import { foldName } from './structure.ts';

/**
 * Names by which the client may be addressed: the given first name plus the
 * surname with which the client signed ("Henk de Boer" → "de Boer", "Boer";
 * "W. Hendriks" → "Hendriks"), so that "Beste meneer De Boer," counts as a
 * personal salutation.
 */

const NAME_WORD = /^[\p{Lu}][\p{L}'-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** A sign-off at the end of the client's message and the name after it. */
const SIGN_OFF =
  /(?:groet(?:en|jes)?|liefs|hoogachtend|bedankt|dank\s*(?:je|u)?\s*(?:wel)?|doei|x+)[\s,!.]+([\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,4})\s*$/iu;

function addSurname(names: Set<string>, words: string[]): void {
  const surname = [...words];
  while (surname.length && (NAME_PARTICLES.has(surname[surname.length - 1]!.toLowerCase()) || INITIAL.test(surname[surname.length - 1]!))) surname.pop();
  while (surname.length && INITIAL.test(surname[0]!)) surname.shift();
  if (!surname.length) return;
  names.add(foldName(surname.join(' ')));
  const core = surname.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  if (core.length) names.add(foldName(core.join(' ')));
}

/** The name the client signed with, as words: "Met vriendelijke groet, W. Hendriks" → ["W.", "Hendriks"]. */
export function signedName(clientMessage: string): string[] {
  const match = SIGN_OFF.exec(clientMessage.trim().slice(-120));
  if (!match) return [];
  const words = match[1]!.trim().split(/\s+/);
  const ok = words.every((w, i) => NAME_WORD.test(w) || INITIAL.test(w) || (i > 0 && NAME_PARTICLES.has(w.toLowerCase())));
  return ok ? words : [];
}

/** The words of the client's name without titles: "mevrouw El Amrani" → ["El", "Amrani"] (a title is how she is addressed, not a name). */
export function clientNameWords(clientName: string): string[] {
  return clientName.split(/\s+/).filter((w) => w && !TITLES.has(w.toLowerCase()));
}

export function clientNamesFrom(clientName: string, clientMessage: string): string[] {
  const names = new Set<string>();
  const first = clientNameWords(clientName);
  for (const word of first) names.add(foldName(word));
  if (first.length > 1) names.add(foldName(first.slice(1).join(' ')));
  if (!clientMessage) return [...names];
  const signed = signedName(clientMessage);
  if (!first.length) {
    // No first name given: every name word of the signature may be used ("Beste Henk", "Beste meneer De Boer").
    for (const word of signed) if (!INITIAL.test(word) && !NAME_PARTICLES.has(word.toLowerCase())) names.add(foldName(word));
    addSurname(names, signed.slice(1));
  } else if (signed.length > 1) {
    const rest = foldName(signed[0]!) === foldName(first[0]!) ? signed.slice(1) : signed;
    addSurname(names, rest);
  }
  if (!first[0]) return [...names];
  const words = clientMessage.slice(-400).split(/[\s,.!?]+/).filter(Boolean);
  const target = foldName(first[0]);
  for (let i = 0; i < words.length; i++) {
    if (foldName(words[i]!) !== target) continue;
    const surname: string[] = [];
    for (let j = i + 1; j < words.length && surname.length < 4; j++) {
      const word = words[j]!;
      if (NAME_PARTICLES.has(word.toLowerCase()) || NAME_WORD.test(word)) surname.push(word);
      else break;
    }
    addSurname(names, surname);
  }
  return [...names];
}

/** True when the client's known names include a surname (more than the first name). */
export function knowsSurname(clientName: string, names: readonly string[]): boolean {
  const first = new Set(clientName.split(/\s+/).filter(Boolean).map(foldName));
  return names.some((n) => !first.has(n));
}
