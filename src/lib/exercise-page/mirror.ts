import { wordKeys } from '../feedback/text/stem.ts';
import { isCommonWord } from '../feedback/text/stopwords.ts';

/**
 * Which words of the client's message the trainee already mirrors: the
 * client's distinctive words (not a common word, not a person's name) that the
 * reply uses too, in any form with the same stem ("onzeker" → "onzekerheid",
 * "vastgelopen" → "vastlopen"), as the mirroring criterion matches them. The
 * client's message is read once; each reply only adds its own words' keys.
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface ClientWord {
  start: number;
  end: number;
  keys: readonly string[];
}

export interface MirrorSource {
  text: string;
  /** The client's distinctive words with their stem keys, in order. */
  words: readonly ClientWord[];
}

/** A piece of the client's message; `mirrored` when the reply uses that word too. */
export interface MirrorSegment {
  text: string;
  mirrored: boolean;
}

const lower = (word: string) => word.toLowerCase().replace(/[’‘`´]/g, "'");
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Reads the client's message once. `names` are the people's names that mirror nothing (client, coach). */
export function prepareMirror(message: string, names: readonly string[] = []): MirrorSource {
  const skip = new Set(names.flatMap((n) => n.split(/[\s,]+/)).filter(Boolean).map(fold));
  const words: ClientWord[] = [];
  for (const match of message.matchAll(WORD)) {
    const word = lower(match[0]);
    if (skip.has(fold(word)) || isCommonWord(word)) continue;
    words.push({ start: match.index, end: match.index + match[0].length, keys: wordKeys(word) });
  }
  return { text: message, words };
}

/** Above this length only the first part of a reply is read (a pasted book). */
const REPLY_LIMIT = 12_000;

/** The stem keys of every word in the reply. */
function replyKeys(reply: string): Set<string> {
  const keys = new Set<string>();
  const text = reply.length > REPLY_LIMIT ? reply.slice(0, REPLY_LIMIT) : reply;
  for (const match of text.matchAll(WORD)) for (const key of wordKeys(lower(match[0]))) keys.add(key);
  return keys;
}

/** The client's message cut into pieces, the words the reply mirrors marked. */
export function mirroredSegments(source: MirrorSource, reply: string): MirrorSegment[] {
  const keys = replyKeys(reply);
  const segments: MirrorSegment[] = [];
  let from = 0;
  const push = (text: string, mirrored: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.mirrored === mirrored) last.text += text;
    else segments.push({ text, mirrored });
  };
  for (const word of source.words) {
    if (!word.keys.some((key) => keys.has(key))) continue;
    push(source.text.slice(from, word.start), false);
    push(source.text.slice(word.start, word.end), true);
    from = word.end;
  }
  push(source.text.slice(from), false);
  return segments;
}

/** How many different words of the client the reply mirrors (by their first stem key). */
export function mirroredCount(source: MirrorSource, reply: string): number {
  const keys = replyKeys(reply);
  const found = new Set<string>();
  for (const word of source.words) if (word.keys.some((key) => keys.has(key))) found.add(word.keys[0]!);
  return found.size;
}
