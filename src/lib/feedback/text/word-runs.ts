/**
 * Runs of characters between white space: a quick word count for texts too
 * long to segment. A module of its own, so that the editor's counts can use it
 * without loading the rest of the engine.
 */
export function countWordRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
