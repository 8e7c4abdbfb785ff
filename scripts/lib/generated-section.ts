export const START = '<!-- generated:exercise-format (npm run docs) -->';
export const END = '<!-- /generated:exercise-format -->';

/** The markers of a generated section of the README: `exercise-format`, `trajectory-format`. */
export function markers(name: string = 'exercise-format'): { start: string; end: string } {
  return { start: `<!-- generated:${name} (npm run docs) -->`, end: `<!-- /generated:${name} -->` };
}

/** Replaces what stands between the markers; throws when the markers are missing. */
export function replaceGenerated(text: string, generated: string, name?: string): string {
  const { start: open, end: close } = markers(name);
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} markers`);
  return `${text.slice(0, start + open.length)}\n${generated}\n${text.slice(end)}`;
}

export function currentGenerated(text: string, name?: string): string {
  const { start: open, end: close } = markers(name);
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) return '';
  return text.slice(start + open.length, end).trim();
}
