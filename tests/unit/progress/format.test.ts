import { afterEach, describe, expect, it, vi } from 'vitest';

describe('progress date formatting', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds no date formatter until a date is shown, and only one per kind after that', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const { formatDate, formatDateTime } = await import('../../../src/lib/progress/format.ts');
    expect(made).not.toHaveBeenCalled();
    expect(formatDate('2026-11-27T13:05:00Z')).toBe('27 november 2026');
    expect(formatDate('2026-12-01T09:00:00Z')).toBe('1 december 2026');
    expect(made).toHaveBeenCalledTimes(1);
    expect(formatDateTime('2026-11-27T13:05:00Z')).toMatch(/^27 november 2026 om \d\d:05$/);
    expect(made).toHaveBeenCalledTimes(2);
  });

  it('shows nothing for a missing or broken date', async () => {
    const { formatDate, formatDateTime } = await import('../../../src/lib/progress/format.ts');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('geen datum')).toBe('');
    expect(formatDateTime('geen datum')).toBe('');
  });
});
