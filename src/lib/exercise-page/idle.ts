/**
 * Work that waits until the browser has nothing else to do, so that it does
 * not compete with a page's start (the feedback engine is loaded this way).
 * `requestIdleCallback` where the browser has it (with a deadline, so it runs
 * on a busy page too), else a plain timeout after the page's `load`.
 */

export interface IdleHost {
  requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** At the latest this long after asking, idle or not. */
export const IDLE_TIMEOUT_MS = 3000;
/** Without requestIdleCallback (Safari): this long after asking. */
export const IDLE_FALLBACK_MS = 500;

/** Runs `fn` once, when the browser is idle; returns a function that cancels it if it has not run yet. */
export function whenIdle(fn: () => void, host: IdleHost = globalThis as unknown as IdleHost, timeout = IDLE_TIMEOUT_MS): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof host.requestIdleCallback === 'function') {
    const handle = host.requestIdleCallback(run, { timeout });
    return () => {
      done = true;
      host.cancelIdleCallback?.(handle);
    };
  }
  const handle = host.setTimeout(run, IDLE_FALLBACK_MS);
  return () => {
    done = true;
    host.clearTimeout(handle);
  };
}

/**
 * Lets the browser paint and handle input before going on: the rest runs in a
 * new task (`scheduler.yield` where there is one, else a zero timeout), so two
 * pieces of work never add up to one long task.
 */
export function yieldToMain(host: { scheduler?: { yield?: () => Promise<void> }; setTimeout(fn: () => void, ms: number): unknown } = globalThis as never): Promise<void> {
  if (typeof host.scheduler?.yield === 'function') return host.scheduler.yield();
  return new Promise((resolve) => host.setTimeout(resolve, 0));
}
