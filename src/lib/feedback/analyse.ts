import type { Clause, Dismissal, JudgeContext, JudgeInput, Salutation, TextAnalysis } from './types.ts';
import { buildStructure, splitSentences, splitWords, type RawSentence } from './text/segment.ts';
import { countWordRuns } from './text/word-runs.ts';
import { findQuotes } from './text/quotes.ts';
import { detectClosing, detectSalutation } from './text/structure.ts';
import { clientNamesFrom } from './text/names.ts';
import { clausesOf } from './text/clauses.ts';
import { dismissalsIn, isIronic, ironicWithNext, moodOf } from './text/acts.ts';

/**
 * The engine reads at most this many characters: the first `HEAD` and the
 * last `TAIL` (where the closing is). A reply is rarely a third of this; a
 * pasted book is judged on its beginning and end, and the result says so.
 */
export const HEAD = 8_000;
export const TAIL = 2_000;

/** The parts of a text that are read: all of it, or its head and tail, cut at white space. */
function readParts(text: string): Array<{ start: number; end: number }> {
  if (text.length <= HEAD + TAIL) return [{ start: 0, end: text.length }];
  let headEnd = HEAD;
  while (headEnd > HEAD - 200 && !/\s/.test(text[headEnd]!)) headEnd--;
  let tailStart = text.length - TAIL;
  while (tailStart < text.length - TAIL + 200 && !/\s/.test(text[tailStart - 1]!)) tailStart++;
  return [
    { start: 0, end: headEnd },
    { start: tailStart, end: text.length },
  ];
}

function shift<T extends { start: number; end: number }>(list: T[], by: number): T[] {
  for (const item of list) {
    item.start += by;
    item.end += by;
  }
  return list;
}

/** Analyses one message once; all criteria share the result. Linear in the length of the text. */
export function analyseText(text: string, coachName = ''): TextAnalysis {
  const parts = readParts(text);
  const rawSentences: RawSentence[] = [];
  const words: Array<{ start: number; end: number; text: string }> = [];
  for (const part of parts) {
    const slice = text.slice(part.start, part.end);
    rawSentences.push(...shift(splitSentences(slice), part.start));
    words.push(...shift(splitWords(slice), part.start));
  }
  const found = detectSalutation(text, rawSentences[0]);
  if (found?.restStart != null && rawSentences[0]) {
    const first = rawSentences[0];
    rawSentences.splice(0, 1, { start: first.start, end: found.end }, { start: found.restStart, end: first.end });
  }
  const { sentences, tokens, paragraphs } = buildStructure(text, rawSentences, words);
  const clauses: Clause[] = [];
  const dismissals: Dismissal[] = [];
  sentences.forEach((sentence, index) => {
    sentence.firstClause = clauses.length;
    clausesOf(text, tokens, sentence, index, clauses);
    sentence.lastClause = clauses.length;
    sentence.mood = moodOf(text, tokens, sentence);
    sentence.ironic = isIronic(tokens, sentence, text);
    for (const hit of dismissalsIn(tokens, sentence, sentence.mood)) {
      const start = tokens[hit.from]!.start;
      const end = tokens[hit.to - 1]!.end;
      dismissals.push({ start, end, text: text.slice(start, end), sentence: index });
    }
  });
  sentences.forEach((sentence, index) => {
    if (!sentence.ironic && ironicWithNext(tokens, sentence, sentences[index + 1])) sentence.ironic = true;
  });
  const salutation = found ? withoutRest(found) : null;
  const bodyFirst = salutation ? 1 : 0;
  const closing = detectClosing(text, sentences, coachName, bodyFirst);
  const bodyLast = closing ? closing.firstSentence - 1 : sentences.length - 1;
  const quotes = parts.flatMap((part) => shift(findQuotes(text.slice(part.start, part.end)), part.start));
  return {
    text,
    tokens,
    sentences,
    paragraphs,
    quotes,
    salutation,
    closing,
    bodyFirst,
    bodyLast,
    clauses,
    dismissals,
    truncated: parts.length > 1,
    wordCount: parts.length > 1 ? countWordRuns(text) : tokens.length,
  };
}

function withoutRest({ restStart: _rest, ...salutation }: NonNullable<ReturnType<typeof detectSalutation>>): Salutation {
  return { ...salutation, nextSentence: 1 };
}

/** Builds the judging context from the input: the client's message analysed once, names resolved. */
export function buildContext(input: Omit<JudgeInput, 'reply'>, clientMessage: TextAnalysis | null = analyseClient(input.clientMessage)): JudgeContext {
  const clientName = (input.clientName ?? '').trim();
  const coachName = (input.coachName ?? '').trim();
  return {
    clientMessage,
    earlierMessages: (input.earlierMessages ?? []).flatMap((message) => analyseClient(message) ?? []),
    clientName,
    coachName,
    form: input.form ?? null,
    clientNames: clientNamesFrom(clientName, input.clientMessage ?? ''),
    options: input.options ?? {},
  };
}

/** The client's message analysed, or null when there is none. */
export function analyseClient(message: string | undefined): TextAnalysis | null {
  return message?.trim() ? analyseText(message) : null;
}
