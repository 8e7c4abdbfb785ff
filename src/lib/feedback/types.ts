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
  /** Which of the criterion's messages this is (stable, for tests and tools). */
  messageId: string;
  message: string;
  spans: Span[];
}

export interface JudgeInput {
  reply: string;
  clientMessage?: string;
  /** The client's earlier messages in the same trajectory, oldest first: their words count as the client's own too. */
  earlierMessages?: readonly string[];
  clientName?: string;
  coachName?: string;
  form?: 'je' | 'u';
  criteria?: readonly CriterionId[];
  options?: Record<string, unknown>;
}

/** What one criterion's check returns: a status, a message by id with its data, and what to highlight. */
export interface Verdict<M extends string = string> {
  status: Status;
  messageId: M;
  /** Values for the `{name}` placeholders of the message. */
  data?: Record<string, string | number | undefined>;
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
  /** What kind of act the sentence is (see text/acts.ts). */
  mood: Mood;
  /** Irony or reproach in the sentence: "haha", "ook eens", "weer een week niets gedaan". */
  ironic: boolean;
  /** Index of the first clause of the sentence and one past its last. */
  firstClause: number;
  lastClause: number;
}

export type Mood = 'statement' | 'open-question' | 'closed-question' | 'rhetorical-question' | 'indirect-question' | 'imperative';

/** Who a clause is about: the client (je, u), the coach (ik), both (we), someone else, or nobody in particular. */
export type Person = 'client' | 'coach' | 'we' | 'third' | 'none';

/** One clause of a sentence: split at punctuation, subordinators and "en/maar" before a new subject. */
export interface Clause {
  /** Index of the clause in the text's list of clauses. */
  index: number;
  start: number;
  end: number;
  /** Index of the first token of the clause and one past its last. */
  firstToken: number;
  lastToken: number;
  sentence: number;
  /** The subordinator or coordinator that opens the clause ("dat", "als", "maar"), or ''. */
  opener: string;
  /** Who the clause is about, read from its first person word. */
  subject: Person;
  /** Token index of that person word, or -1. */
  subjectAt: number;
  mentionsClient: boolean;
  mentionsCoach: boolean;
  mentionsThird: boolean;
  /** Token indices of the negators that negate something in the clause. */
  negators: number[];
  /** An "als …"/"tenzij …" clause, or a main clause with "zou … als": not a statement of fact. */
  conditional: boolean;
}

/** A phrase that dismisses or minimises the client's feelings. */
export interface Dismissal extends Span {
  text: string;
  sentence: number;
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
  clauses: Clause[];
  dismissals: Dismissal[];
  /** True when the text was longer than the engine reads: only its beginning and end were analysed. */
  truncated: boolean;
  /** Words in the whole text (also when only its beginning and end were analysed). */
  wordCount: number;
}

/** The context a criterion is judged in. */
export interface JudgeContext {
  clientMessage: TextAnalysis | null;
  /** The client's earlier messages in a trajectory, analysed once (empty for an exercise). */
  earlierMessages: TextAnalysis[];
  clientName: string;
  coachName: string;
  form: 'je' | 'u' | null;
  /** Names of the client found in the client's own message (e.g. the surname in a signature). */
  clientNames: string[];
  options: Record<string, unknown>;
}

/**
 * `include`: something a good reply contains (a salutation, a question);
 * `avoid`: a problem a good reply does without (curt tone, unasked advice).
 */
export type CriterionKind = 'include' | 'avoid';

/** One option a criterion accepts through `options[<id>]`, described for trainers. */
export interface OptionSchema {
  type: 'number';
  description: string;
  minimum?: number;
  maximum?: number;
}

/** What a criterion is, in the manner of an ESLint rule's `meta`. */
export interface CriterionMeta<M extends string = string> {
  /** Dutch label shown to trainees. */
  label: string;
  /** Dutch explanation: why this matters in written guidance. */
  why: string;
  kind: CriterionKind;
  /** One of the ten criteria of the shared contract, judged when an input names none. */
  contract: boolean;
  /** Dutch messages by id; `{name}` is filled from the verdict's data. */
  messages: Record<M, string>;
  options?: Record<string, OptionSchema>;
}

/** A criterion: its meta and a pure check on the analysed reply. */
export interface Criterion<Id extends string = string, M extends string = string> {
  id: Id;
  meta: CriterionMeta<M>;
  check(reply: TextAnalysis, context: JudgeContext): Verdict<M>;
}

/** Declares a criterion with its literal id and message ids checked by the compiler. */
export function defineCriterion<const Id extends string, M extends string>(criterion: Criterion<Id, M>): Criterion<Id, M> {
  return criterion;
}
