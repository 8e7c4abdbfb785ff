/** "ongeveer 2 uur en 15 minuten": a reading time in Dutch, rounded to five minutes. */
export function readingTime(minutes: number): string {
  const rounded = Math.max(5, Math.round(minutes / 5) * 5);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return `ongeveer ${rest} minuten`;
  const hoursText = `${hours} uur`;
  return rest === 0 ? `ongeveer ${hoursText}` : `ongeveer ${hoursText} en ${rest} minuten`;
}
