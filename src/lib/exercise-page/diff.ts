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
export function sentenceDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = sentences(before);
  const b = sentences(after);
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (a.length * b.length > MAX_PAIRS) {
    if (before) push('removed', before);
    if (after) push('added', after);
    return parts;
  }
  // Longest common subsequence of sentences (compared trimmed), filled from the end.
  const same = (i: number, j: number) => a[i]!.trim() === b[j]!.trim();
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = same(i, j) ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
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
