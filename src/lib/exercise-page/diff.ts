import { countWords } from './count.ts';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** A sentence with the white space after it, so that the pieces put together give the text back. */
const SENTENCE = /[^.!?\n]+(?:[.!?]+["'”’)]*|(?=\n)|$)\s*|\s+/gu;

function sentences(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** Above this many sentence pairs the texts are shown as "all removed, all added" (a pasted book). */
const MAX_PAIRS = 40_000;

/**
 * Sentence by sentence difference between the draft and the trainee's
 * version: a rewrite reads as which sentences stayed, went and came, rather
 * than as a mix of single words. Sentences are compared without the white
 * space around them.
 */
type Op = { kind: DiffKind; text: string };

/**
 * Longest common subsequence of two lists, as a list of same/removed/added
 * items in order. Null above MAX_PAIRS pairs (a pasted book).
 */
function align(a: readonly string[], b: readonly string[], same: (x: string, y: string) => boolean): Op[] | null {
  if (a.length * b.length > MAX_PAIRS) return null;
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = same(a[i]!, b[j]!) ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      ops.push({ kind: 'same', text: b[j]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) ops.push({ kind: 'removed', text: a[i++]! });
    else ops.push({ kind: 'added', text: b[j++]! });
  }
  while (i < a.length) ops.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) ops.push({ kind: 'added', text: b[j++]! });
  return ops;
}

/** Joins neighbouring parts of the same kind. */
function joined(ops: readonly Op[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const op of ops) {
    const last = parts[parts.length - 1];
    if (last && last.kind === op.kind) last.text += op.text;
    else if (op.text) parts.push({ kind: op.kind, text: op.text });
  }
  return parts;
}

const sameTrimmed = (x: string, y: string) => x.trim() === y.trim();

/**
 * Sentence by sentence difference between the draft and the trainee's
 * version: a rewrite reads as which sentences stayed, went and came, rather
 * than as a mix of single words. Sentences are compared without the white
 * space around them.
 */
export function sentenceDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const ops = align(sentences(before), sentences(after), sameTrimmed);
  if (!ops) return joined([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  return joined(ops);
}

/** One row of the comparison: a sentence that stayed, went or came, or one that was edited lightly. */
export type DiffRow =
  | { kind: DiffKind; text: string }
  /** A draft sentence and its light edit: `words` marks only the words that differ. */
  | { kind: 'changed'; before: string; after: string; words: DiffPart[] };

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Two sentences are an edit of each other when at least half their words are shared (Dice coefficient). */
export const EDIT_SIMILARITY = 0.5;

export function similarity(a: string, b: string): number {
  const wa = (a.toLowerCase().match(WORDS) ?? []) as string[];
  const wb = (b.toLowerCase().match(WORDS) ?? []) as string[];
  if (wa.length + wb.length === 0) return 1;
  const left = new Map<string, number>();
  for (const w of wa) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/**
 * Word by word difference inside one edited sentence. Neighbouring changes
 * (only a space between them) read as one: "moet gewoon" → "zou misschien",
 * not "~~moet~~ zou ~~gewoon~~ misschien".
 */
function wordDiff(before: string, after: string): DiffPart[] {
  const ops = align(before.match(TOKEN) ?? [], after.match(TOKEN) ?? [], (x, y) => x === y);
  if (!ops) return joined([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  const out: Op[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    // Trailing white space shared by both sides stays outside the marks.
    const tail = /\s*$/.exec(removed)![0];
    const shared = added.endsWith(tail) && tail ? tail : '';
    out.push({ kind: 'removed', text: removed.slice(0, removed.length - shared.length) });
    out.push({ kind: 'added', text: added.slice(0, added.length - shared.length) });
    if (shared) out.push({ kind: 'same', text: shared });
    removed = added = '';
  };
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const inRun = removed !== '' || added !== '';
    if (op.kind === 'removed') removed += op.text;
    else if (op.kind === 'added') added += op.text;
    else if (inRun && /^\s+$/.test(op.text) && ops[k + 1] && ops[k + 1]!.kind !== 'same') {
      removed += op.text;
      added += op.text;
    } else {
      if (inRun) flush();
      out.push(op);
    }
  }
  if (removed || added) flush();
  return joined(out);
}

/**
 * The comparison as the page shows it: sentence by sentence, and where a draft
 * sentence was only edited (half its words or more kept), one "changed" row
 * with the differing words marked inside it. A sentence rewritten entirely
 * shows as the draft sentence removed and the new one added.
 */
export function diffRows(before: string, after: string): DiffRow[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const ops = align(sentences(before), sentences(after), sameTrimmed);
  if (!ops) return joined([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  const rows: DiffRow[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === 'same') {
      rows.push(ops[k++]!);
      continue;
    }
    // A run of removed and added sentences: pair each removed one with the next similar added one, in order.
    const removed: string[] = [];
    const added: string[] = [];
    for (; k < ops.length && ops[k]!.kind !== 'same'; k++) (ops[k]!.kind === 'removed' ? removed : added).push(ops[k]!.text);
    let j = 0;
    for (const old of removed) {
      let match = -1;
      for (let m = j; m < added.length; m++) {
        if (similarity(old, added[m]!) >= EDIT_SIMILARITY) {
          match = m;
          break;
        }
      }
      if (match < 0) {
        rows.push({ kind: 'removed', text: old });
        continue;
      }
      for (; j < match; j++) rows.push({ kind: 'added', text: added[j]! });
      rows.push({ kind: 'changed', before: old, after: added[match]!, words: wordDiff(old, added[match]!) });
      j = match + 1;
    }
    for (; j < added.length; j++) rows.push({ kind: 'added', text: added[j]! });
  }
  return rows;
}

/** Counts over the rows (the words of a changed row count one by one). */
export function rowStats(rows: readonly DiffRow[]): DiffStats {
  return diffStats(rows.flatMap((row) => (row.kind === 'changed' ? row.words : [row])));
}

export interface DiffStats {
  addedWords: number;
  removedWords: number;
  changed: boolean;
}

export function diffStats(parts: readonly DiffPart[]): DiffStats {
  let addedWords = 0;
  let removedWords = 0;
  let changed = false;
  for (const p of parts) {
    if (p.kind === 'added') {
      addedWords += countWords(p.text);
      changed = true;
    } else if (p.kind === 'removed') {
      removedWords += countWords(p.text);
      changed = true;
    }
  }
  return { addedWords, removedWords, changed };
}

export function diffStatsText(stats: DiffStats): string {
  if (!stats.changed) return 'Je hebt nog niets veranderd aan het concept.';
  const w = (n: number) => `${n} ${n === 1 ? 'woord' : 'woorden'}`;
  return `${w(stats.addedWords)} toegevoegd, ${w(stats.removedWords)} verwijderd.`;
}
