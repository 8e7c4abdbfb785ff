/** Dutch date formatting for the progress views. */

/**
 * Formatters are made on first use: building an `Intl.DateTimeFormat` costs tens of
 * milliseconds on a phone, and most pages never show a date.
 */
let dayFormat: Intl.DateTimeFormat | undefined;
let dayTimeFormat: Intl.DateTimeFormat | undefined;

/** "27 november 2025" (empty for an invalid date). */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : (dayFormat ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })).format(d);
}

/** "27 november 2025 om 14:05". */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : (dayTimeFormat ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })).format(d);
}

/** "1 poging" / "3 pogingen". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
