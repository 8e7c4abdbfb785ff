import { describe, expect, it, vi } from 'vitest';
import { IDLE_FALLBACK_MS, IDLE_TIMEOUT_MS, whenIdle, yieldToMain, type IdleHost } from '../../../src/lib/exercise-page/idle.ts';

function timersOnly(): IdleHost {
  return { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
}

describe('whenIdle', () => {
  it('uses requestIdleCallback with a deadline when the browser has it', () => {
    const callbacks: Array<() => void> = [];
    const host: IdleHost = {
      ...timersOnly(),
      requestIdleCallback: vi.fn((fn: () => void) => callbacks.push(fn)),
      cancelIdleCallback: vi.fn(),
    };
    const fn = vi.fn();
    whenIdle(fn, host);
    expect(host.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: IDLE_TIMEOUT_MS });
    expect(fn).not.toHaveBeenCalled();
    callbacks[0]!();
    callbacks[0]!();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timeout, and a cancelled call never runs', () => {
    vi.useFakeTimers();
    try {
      const ran = vi.fn();
      whenIdle(ran, timersOnly());
      const cancelled = vi.fn();
      const cancel = whenIdle(cancelled, timersOnly());
      cancel();
      vi.advanceTimersByTime(IDLE_FALLBACK_MS - 1);
      expect(ran).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(ran).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a cancelled idle callback does not run even if the browser still calls it', () => {
    const callbacks: Array<() => void> = [];
    const host: IdleHost = { ...timersOnly(), requestIdleCallback: (fn) => callbacks.push(fn), cancelIdleCallback: () => {} };
    const fn = vi.fn();
    whenIdle(fn, host)();
    callbacks[0]!();
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('yieldToMain', () => {
  it('uses scheduler.yield when there is one, else a zero timeout', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    await yieldToMain({ scheduler: { yield: yielded }, setTimeout: () => 0 });
    expect(yielded).toHaveBeenCalledTimes(1);
    const timeouts: number[] = [];
    await yieldToMain({ setTimeout: (fn, ms) => { timeouts.push(ms); fn(); return 0; } });
    expect(timeouts).toEqual([0]);
  });
});
