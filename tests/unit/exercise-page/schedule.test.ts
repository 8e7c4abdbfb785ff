import { describe, expect, it } from 'vitest';
import { debounce, feedbackScheduler, type Timers } from '../../../src/lib/exercise-page/schedule.ts';

function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const tasks = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = nextId++;
      tasks.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      tasks.delete(handle as number);
    },
    now: () => now,
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...tasks.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      tasks.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { timers, advance };
}

describe('debounce', () => {
  it('runs once with the last arguments after calls stop', () => {
    const { timers, advance } = fakeTimers();
    const seen: string[] = [];
    const d = debounce((s: string) => seen.push(s), 100, { timers });
    d.call('a');
    advance(50);
    d.call('b');
    advance(99);
    expect(seen).toEqual([]);
    expect(d.pending).toBe(true);
    advance(1);
    expect(seen).toEqual(['b']);
    expect(d.pending).toBe(false);
  });

  it('respects maxWait during a long burst', () => {
    const { timers, advance } = fakeTimers();
    let runs = 0;
    const d = debounce(() => runs++, 40, { maxWait: 120, timers });
    for (let i = 0; i < 30; i++) {
      d.call();
      advance(20);
    }
    expect(runs).toBeGreaterThanOrEqual(4);
  });

  it('flushes and cancels', () => {
    const { timers, advance } = fakeTimers();
    const seen: number[] = [];
    const d = debounce((n: number) => seen.push(n), 100, { timers });
    d.call(1);
    d.flush();
    expect(seen).toEqual([1]);
    d.flush();
    expect(seen).toEqual([1]);
    d.call(2);
    d.cancel();
    advance(500);
    expect(seen).toEqual([1]);
  });
});

describe('feedbackScheduler', () => {
  it('gives feedback once, within 50 ms of the last keystroke', () => {
    const { timers, advance } = fakeTimers();
    let runs = 0;
    const s = feedbackScheduler(() => runs++, timers);
    s.call();
    s.call();
    s.call();
    advance(50);
    expect(runs).toBe(1);
    advance(1000);
    expect(runs).toBe(1);
  });

  it('keeps giving feedback while the trainee types on without a pause', () => {
    const { timers, advance } = fakeTimers();
    let runs = 0;
    const s = feedbackScheduler(() => runs++, timers);
    for (let t = 0; t < 600; t += 10) {
      s.call();
      advance(10);
    }
    // A keystroke every 10 ms for 0.6 s: feedback at least every 150 ms, not only at the end.
    expect(runs).toBeGreaterThanOrEqual(4);
  });
});
