/**
 * Small timing helpers for the exercise page. Timers are injectable so the logic
 * is testable without a browser.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
};

/** Feedback follows the text: at most this long after the last keystroke… */
export const FEEDBACK_IDLE_MS = 20;
/** …and at least this often while typing on. */
export const FEEDBACK_MAX_WAIT_MS = 120;
/** Drafts are saved this long after the last keystroke (and on leaving the page). */
export const DRAFT_SAVE_MS = 400;
/** The live region speaks the summary this long after the last change. */
export const ANNOUNCE_MS = 1000;

export interface Scheduled<A extends unknown[]> {
  /** Asks for a run with these arguments; replaces arguments of a pending run. */
  call(...args: A): void;
  /** Runs a pending call now. */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
  readonly pending: boolean;
}

/**
 * Debounce: runs `fn` once calls stop for `wait` ms. With `maxWait`, a pending
 * call runs at the latest `maxWait` ms after the first call of a burst, so fast
 * typing still gets feedback (coalescing rather than postponing forever).
 */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
  options: { maxWait?: number; timers?: Timers } = {},
): Scheduled<A> {
  const timers = options.timers ?? browserTimers;
  const maxWait = options.maxWait;
  let handle: unknown = null;
  let args: A | null = null;
  let firstAt = 0;

  const run = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
    const a = args;
    args = null;
    if (a) fn(...a);
  };

  return {
    call(...next: A) {
      const now = timers.now();
      if (args === null) firstAt = now;
      args = next;
      if (handle !== null) timers.clearTimeout(handle);
      let delay = wait;
      if (maxWait !== undefined) delay = Math.max(0, Math.min(wait, firstAt + maxWait - now));
      handle = timers.setTimeout(run, delay);
    },
    flush: run,
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      args = null;
    },
    get pending() {
      return args !== null;
    },
  };
}

/** The scheduler for live feedback: a short idle debounce (≤ 50 ms) with a max wait. */
export function feedbackScheduler<A extends unknown[]>(fn: (...args: A) => void, timers?: Timers): Scheduled<A> {
  return debounce(fn, FEEDBACK_IDLE_MS, { maxWait: FEEDBACK_MAX_WAIT_MS, ...(timers ? { timers } : {}) });
}
