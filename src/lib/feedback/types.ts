import type { CriterionId } from './ids.ts';

/** Public result types of the feedback engine. */

export type Status = 'met' | 'partial' | 'missing';

/** UTF-16 offsets into the reply, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface CriterionResult {
  id: CriterionId;
  label: string;
  status: Status;
  message: string;
  spans: Span[];
}

export interface JudgeInput {
  reply: string;
  clientMessage?: string;
  clientName?: string;
  coachName?: string;
  form?: 'je' | 'u';
  criteria?: readonly CriterionId[];
  options?: Record<string, unknown>;
}

/** What one criterion module returns. */
export interface Verdict {
  status: Status;
  message: string;
  spans: Span[];
}

/** One word of a text, with its exact position. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Index of the sentence that holds the word. */
  sentence: number;
}

/** One sentence (or one line such as a salutation) of a text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the first token of the sentence and one past its last. */
  firstToken: number;
  lastToken: number;
  paragraph: number;
  /** Ends with a question mark (trailing quotes, emoji and spaces ignored). */
  question: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  firstSentence: number;
  lastSentence: number;
}

/** The salutation at the top of a message: "Beste Sanne,". */
export interface Salutation {
  start: number;
  end: number;
  /** The greeting word(s), lower case: "beste", "hoi", "geachte". */
  greeting: string;
  /** The words after the greeting, as written ("Sanne", "mevrouw El Amrani"), may be empty. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Index of the first sentence after the salutation. */
  nextSentence: number;
}

/** The closing at the end of a message: greeting formula, name, signature lines. */
export interface Closing {
  start: number;
  end: number;
  /** The greeting formula as written ("Hartelijke groet"), or '' when there is none. */
  formula: string;
  formulaStart: number;
  formulaEnd: number;
  /** 'full' = a written-out greeting; 'short' = an abbreviation such as "Mvg" or "Gr."; 'none'. */
  kind: 'full' | 'plain' | 'short' | 'none';
  /** The name line as written, or '' when there is none. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Lines that look like a pasted signature block (phone, e-mail, job title). */
  signature: boolean;
  /** Index of the first sentence that belongs to the closing. */
  firstSentence: number;
}

/** Everything the criteria need to know about one text, computed once. */
export interface TextAnalysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Quoted passages (inside the quote marks). */
  quotes: Span[];
  salutation: Salutation | null;
  closing: Closing | null;
  /** Sentence indices of the body: after the salutation, before the closing. */
  bodyFirst: number;
  bodyLast: number;
}

/** The context a criterion is judged in. */
export interface JudgeContext {
  clientMessage: TextAnalysis | null;
  clientName: string;
  coachName: string;
  form: 'je' | 'u' | null;
  /** Names of the client found in the client's own message (e.g. the surname in a signature). */
  clientNames: string[];
  options: Record<string, unknown>;
}

/** An ESLint-rule-like criterion module. */
/**
 * What the engine needs to judge. Each criterion module also exports `why`, its
 * Dutch explanation, which `explanations.ts` gathers for the documentation and
 * the exercise pages; it stays out of the judging path, so a browser bundle
 * that only judges does not carry those texts.
 */
export interface Criterion {
  id: CriterionId;
  label: string;
  check(reply: TextAnalysis, context: JudgeContext): Verdict;
}
