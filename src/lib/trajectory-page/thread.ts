/**
 * The thread of a trajectory as far as the trainee got: the client's messages
 * and the coach's replies as sent (the newest version of each), and the summary
 * at the end. Pure, for the page, the portfolio and the trainer's view.
 */
import { currentReply, isRevised, stepOf, trajectoryPosition } from '../progress/status.ts';
import type { TrajectoryProgress } from '../progress/types.ts';

export interface ThreadStepSource {
  phase: string;
  focus: string;
  message: string;
  when?: string | undefined;
  /** Criterion ids of the step. */
  criteria: readonly string[];
}

export interface ThreadMessage {
  author: 'client' | 'coach';
  /** The step (1-based) the message belongs to. */
  step: number;
  text: string;
  /** When the reply was sent (coach only). */
  at?: string;
  /** The coach revised this reply after first sending it. */
  revised?: boolean;
  /** "Drie weken later" (client only), when the file says so. */
  when?: string;
}

/**
 * The messages to show: every client message up to the step being written
 * (all of them when finished), each followed by the coach's reply if sent.
 */
export function threadOf(steps: readonly ThreadStepSource[], p: TrajectoryProgress | undefined): ThreadMessage[] {
  const { current } = trajectoryPosition(p, steps.length);
  const out: ThreadMessage[] = [];
  steps.forEach((step, i) => {
    const n = i + 1;
    if (n > current) return;
    out.push({ author: 'client', step: n, text: step.message, ...(step.when ? { when: step.when } : {}) });
    const reply = currentReply(stepOf(p, n));
    if (reply) out.push({ author: 'coach', step: n, text: reply.text, at: reply.at, revised: isRevised(stepOf(p, n)) });
  });
  return out;
}

export interface SummaryRow {
  step: number;
  phase: string;
  focus: string;
  /** Ids of the criteria the reply as sent (its newest version) met. */
  met: string[];
  /** Ids of the criteria it did not fully meet. */
  notMet: string[];
  revised: boolean;
  sent: boolean;
}

/** Per step the criteria the reply met, for the summary at the end. */
export function summaryRows(steps: readonly ThreadStepSource[], p: TrajectoryProgress | undefined): SummaryRow[] {
  return steps.map((step, i) => {
    const n = i + 1;
    const progress = stepOf(p, n);
    const reply = currentReply(progress);
    const met = step.criteria.filter((id) => reply?.statuses[id] === 'met');
    return {
      step: n,
      phase: step.phase,
      focus: step.focus,
      met,
      notMet: step.criteria.filter((id) => !met.includes(id)),
      revised: isRevised(progress),
      sent: reply !== undefined,
    };
  });
}
