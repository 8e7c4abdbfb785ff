import type { JudgeContext, JudgeInput, Salutation, TextAnalysis } from './types.ts';
import { buildStructure, splitSentences } from './text/segment.ts';
import { findQuotes } from './text/quotes.ts';
import { detectClosing, detectSalutation } from './text/structure.ts';
import { clientNamesFrom } from './text/names.ts';

/** Longest text analysed; longer input is cut (a pasted book should not freeze the page). */
export const MAX_TEXT = 200_000;

/** Analyses one message once; all criteria share the result. */
export function analyseText(raw: string, coachName = ''): TextAnalysis {
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  const rawSentences = splitSentences(text);
  const found = detectSalutation(text, rawSentences[0]);
  if (found?.restStart != null && rawSentences[0]) {
    const first = rawSentences[0];
    rawSentences.splice(0, 1, { start: first.start, end: found.end }, { start: found.restStart, end: first.end });
  }
  const { sentences, tokens, paragraphs } = buildStructure(text, rawSentences);
  const salutation = found ? withoutRest(found) : null;
  const bodyFirst = salutation ? 1 : 0;
  const closing = detectClosing(text, sentences, coachName, bodyFirst);
  const bodyLast = closing ? closing.firstSentence - 1 : sentences.length - 1;
  return { text, tokens, sentences, paragraphs, quotes: findQuotes(text), salutation, closing, bodyFirst, bodyLast };
}

function withoutRest({ restStart: _rest, ...salutation }: NonNullable<ReturnType<typeof detectSalutation>>): Salutation {
  return { ...salutation, nextSentence: 1 };
}

/** Builds the judging context from the input: the client's message analysed once, names resolved. */
export function buildContext(input: JudgeInput): JudgeContext {
  const clientName = (input.clientName ?? '').trim();
  const coachName = (input.coachName ?? '').trim();
  const clientMessage = input.clientMessage?.trim() ? analyseText(input.clientMessage) : null;
  return {
    clientMessage,
    clientName,
    coachName,
    form: input.form ?? null,
    clientNames: clientNamesFrom(clientName, input.clientMessage ?? ''),
    options: input.options ?? {},
  };
}
