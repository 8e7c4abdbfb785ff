/**
 * How a coach's message opens, for checking that the course's model answers do not all
 * start the same way (issue 16, item 11). The salutation is skipped; what follows is
 * reduced to a pattern: the stock openings a reader notices ("Wat …!", "(Wat) fijn/goed
 * dat …", "Dank je …", "Welkom …") each count as one pattern, any other opening by its
 * first two words.
 */

const GREETING = /^(?:hoi|hallo|hey|hee|hi|beste|lieve|dag|goedemorgen|goedemiddag|goedenavond|geachte)\b[^,!.\n]*[,!.]?/i;

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['(wat) fijn/goed dat', /^(?:wat )?(?:fijn|goed|mooi|knap|sterk|prettig|leuk|moedig|dapper|verstandig|fijn) (?:dat|om|hoe|te|van)\b/],
  ['wat …', /^wat\b/],
  ['dank je', /^(?:dank|bedankt|hartelijk dank|veel dank)\b/],
  ['welkom', /^(?:hartelijk |van harte |een warm )?welkom\b/],
];

/** The words a message opens with, after its salutation, in lower case without punctuation. */
export function openingWords(message: string): string {
  let text = message.trim();
  const greeting = GREETING.exec(text);
  if (greeting) text = text.slice(greeting[0].length);
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The opening pattern of a message (see above). */
export function openingPattern(message: string): string {
  const words = openingWords(message);
  for (const [name, pattern] of PATTERNS) if (pattern.test(words)) return name;
  return words.split(' ').slice(0, 2).join(' ');
}

/** How many messages open with each pattern, most frequent first. */
export function openingDistribution(messages: readonly string[]): Array<{ pattern: string; count: number; share: number }> {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const p = openingPattern(m);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts]
    .map(([pattern, count]) => ({ pattern, count, share: messages.length ? count / messages.length : 0 }))
    .sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));
}
