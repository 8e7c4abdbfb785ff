import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrajectories } from '../../../src/lib/trajectory-files/load-node.ts';
import { formatProblem } from '../../../src/lib/trajectory-files/validate.ts';
import { phasesCovered } from '../../../src/lib/trajectory-files/step.ts';
import { PHASES } from '../../../src/lib/trajectory-files/schema.ts';

/**
 * Content checks for the trajectories in `trajectories/`: every file validates,
 * each goes through all three phases in five steps or more, and through the
 * command line every model reply meets all of its step's criteria while every
 * weak reply misses at least two.
 */

const ROOT = process.cwd();
const { trajectories, problems } = loadTrajectories(ROOT);

type Output = Array<{ criteria: Array<{ id: string; status: string; message: string }> }>;

/** Judges the replies through `scripts/feedback.ts --batch`, as an outside check would. */
function judgeBatch(inputs: Array<{ trajectory: string; step: number; reply: string }>): Output {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/feedback.ts'), '--batch'], { cwd: ROOT, input: JSON.stringify(inputs), encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Output;
}

describe('trajectory files', () => {
  it('validate without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(['fase-1-intake-doelen-en-afspraken', 'fase-2-online-begeleiden', 'fase-3-afsluiten', 'aandacht-voor-de-relatie', 'aandacht-voor-het-proces'])(
    'are linked from the lesson %s',
    (lesson) => {
      expect(trajectories.some((t) => t.lessons?.includes(lesson))).toBe(true);
    },
  );

  it('are at least four, among them one in the u-form and one by chat', () => {
    expect(trajectories.length).toBeGreaterThanOrEqual(4);
    expect(trajectories.some((t) => t.client.form === 'u')).toBe(true);
    expect(trajectories.some((t) => t.channel === 'chat')).toBe(true);
  });
});

describe.each(trajectories.map((t) => [t.id, t] as const))('trajectory %s', (id, trajectory) => {
  it('has at least five steps covering the three phases', () => {
    expect(trajectory.steps.length).toBeGreaterThanOrEqual(5);
    expect(phasesCovered(trajectory.steps)).toEqual([...PHASES]);
  });

  it("has model replies that meet all of their step's criteria and weak replies that miss at least two (command line)", { timeout: 60_000 }, () => {
    const steps = trajectory.steps.map((step, i) => ({ step, number: i + 1 }));
    const output = judgeBatch(steps.flatMap(({ step, number }) => [
      { trajectory: id, step: number, reply: step.modelReply },
      { trajectory: id, step: number, reply: step.weakReply },
    ]));
    const failures: string[] = [];
    steps.forEach(({ step, number }, i) => {
      const model = output[2 * i]!.criteria;
      const weak = output[2 * i + 1]!.criteria;
      expect(model.map((c) => c.id)).toEqual(step.criteria.map((c) => c.id));
      for (const c of model) if (c.status !== 'met') failures.push(`${id} stap ${number}: modelReply, criterium ${c.id} is ${c.status}: ${c.message}`);
      const missed = weak.filter((c) => c.status !== 'met').map((c) => c.id);
      if (missed.length < 2) failures.push(`${id} stap ${number}: weakReply mist alleen ${missed.join(', ') || 'niets'}`);
    });
    expect(failures).toEqual([]);
  });
});
