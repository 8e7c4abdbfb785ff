import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judge, CONTRACT_CRITERION_IDS, type CriterionId } from '../../../src/lib/feedback/index.ts';

/**
 * Agreement with the labelled calibration replies of the shared contract:
 * per criterion at least 90% (met = true; partial or missing = false).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FILE = resolve(ROOT, '../shared/feedback-calibration/cases.json');
const MIN_AGREEMENT = 0.9;

interface CalibrationCase {
  id: string;
  reply: string;
  clientMessage?: string;
  clientName?: string;
  coachName?: string;
  expected: Partial<Record<CriterionId, boolean>>;
}

function loadCases(): CalibrationCase[] {
  if (!existsSync(FILE)) {
    throw new Error(`Calibration file not found: ${FILE}. It belongs next to the repository (../shared/feedback-calibration/cases.json).`);
  }
  return JSON.parse(readFileSync(FILE, 'utf8')) as CalibrationCase[];
}

describe('calibration', () => {
  it('agrees with at least 90% of the labelled replies on every criterion', () => {
    const cases = loadCases();
    expect(cases.length, 'calibration file has no cases').toBeGreaterThan(0);
    const tally = new Map<CriterionId, { agree: number; total: number; misses: string[] }>();
    for (const c of cases) {
      const result = judge({ reply: c.reply, clientMessage: c.clientMessage, clientName: c.clientName, coachName: c.coachName });
      for (const r of result.criteria) {
        const expected = c.expected[r.id];
        if (expected === undefined) continue;
        const row = tally.get(r.id) ?? { agree: 0, total: 0, misses: [] };
        row.total++;
        if ((r.status === 'met') === expected) row.agree++;
        else row.misses.push(`${c.id} (expected ${expected ? 'met' : 'not met'}, got ${r.status})`);
        tally.set(r.id, row);
      }
    }
    const rows = CONTRACT_CRITERION_IDS.filter((id) => tally.has(id)).map((id) => {
      const row = tally.get(id)!;
      return { criterion: id, agreement: `${row.agree}/${row.total}`, percent: `${((100 * row.agree) / row.total).toFixed(1)}%`, misses: row.misses.join(', ') };
    });
    console.table(rows);
    for (const id of CONTRACT_CRITERION_IDS) {
      const row = tally.get(id);
      expect(row, `no calibration labels for ${id}`).toBeDefined();
      expect(row!.agree / row!.total, `${id}: ${row!.misses.join(', ')}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    }
  });
});
