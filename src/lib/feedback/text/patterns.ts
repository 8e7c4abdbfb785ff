import type { Span, TextAnalysis } from '../types.ts';
import { B } from './match.ts';

/** Compiles a list of regex sources into one case-insensitive whole-word pattern. */
export function anyOf(list: readonly string[]): RegExp {
  return new RegExp(`${B}(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The first sentence of the body in which the pattern occurs, as the matched span and the sentence text. */
export function firstHit(reply: TextAnalysis, regex: RegExp): { span: Span; sentence: string } | null {
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    const m = regex.exec(sentence.text);
    if (m) return { span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, sentence: sentence.text };
  }
  return null;
}
