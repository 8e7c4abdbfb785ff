import { diffWordsWithSpace } from 'diff';
import { countWords } from './count.ts';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/**
 * Word-level difference between the draft and the trainee's version. Spaces are
 * tokens too, so a changed line break shows. A very large, very different text
 * gives up after a short time and is shown as "all removed, all added".
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { timeout: 150 });
  if (!changes) {
    const parts: DiffPart[] = [];
    if (before) parts.push({ kind: 'removed', text: before });
    if (after) parts.push({ kind: 'added', text: after });
    return parts;
  }
  const parts: DiffPart[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    const kind: DiffKind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else parts.push({ kind, text: c.value });
  }
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
