export const START = '<!-- generated:exercise-format (npm run docs) -->';
export const END = '<!-- /generated:exercise-format -->';

/** Replaces what stands between the markers; throws when the markers are missing. */
export function replaceGenerated(text: string, generated: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${text.slice(0, start + START.length)}\n${generated}\n${text.slice(end)}`;
}

export function currentGenerated(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return '';
  return text.slice(start + START.length, end).trim();
}
