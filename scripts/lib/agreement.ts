/**
 * Agreement of the feedback engine with labelled replies (the project's corpus
 * in tests/corpus/, or the shared calibration file): per criterion, how often
 * "met" agrees with the human label (true = met; partial or missing = false).
 */
import { readFileSync } from 'node:fs';
import { prepareJudge, CRITERION_IDS, type CriterionId } from '../../src/lib/feedback/index.ts';

export interface LabelledCase {
  id: string;
  reply: string;
  clientMessage?: string;
  clientName?: string;
  coachName?: string;
  form?: 'je' | 'u';
  expected: Partial<Record<CriterionId, boolean>>;
}

export interface Row {
  criterion: CriterionId;
  agree: number;
  total: number;
  misses: string[];
}

export function loadCases(path: string): LabelledCase[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledCase[];
}

export function agreement(cases: readonly LabelledCase[]): Row[] {
  const rows = new Map<CriterionId, Row>();
  for (const c of cases) {
    const ids = CRITERION_IDS.filter((id) => c.expected[id] !== undefined);
    const judge = prepareJudge({ clientMessage: c.clientMessage, clientName: c.clientName, coachName: c.coachName, form: c.form, criteria: ids });
    for (const result of judge(c.reply).criteria) {
      const expected = c.expected[result.id]!;
      const row = rows.get(result.id) ?? { criterion: result.id, agree: 0, total: 0, misses: [] };
      row.total++;
      if ((result.status === 'met') === expected) row.agree++;
      else row.misses.push(`${c.id} (${expected ? 'met' : 'not met'} expected, got ${result.status}: ${result.messageId})`);
      rows.set(result.id, row);
    }
  }
  return CRITERION_IDS.filter((id) => rows.has(id)).map((id) => rows.get(id)!);
}

export function percent(row: Row): string {
  return `${((100 * row.agree) / row.total).toFixed(1)}%`;
}
