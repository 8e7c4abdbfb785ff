import { defineCriterion } from '../types.ts';

/** Without a client's message or an exercise's own maximum, a reply may have this many words. */
const FLOOR = 150;

function maxWords(options: Record<string, unknown>): number | null {
  const given = options['length'];
  const value = given && typeof given === 'object' ? (given as { maxWords?: unknown }).maxWords : undefined;
  return typeof value === 'number' && value > 0 ? value : null;
}

export const length = defineCriterion({
  id: 'length',
  meta: {
    label: 'Lengte in verhouding',
    why: 'Een antwoord dat veel langer is dan het bericht van de cliënt, overspoelt: de cliënt moet door een lap tekst heen en voelt zich gedwongen even lang terug te schrijven. Stem je lengte af op die van de cliënt, zeker in chat.',
    kind: 'avoid',
    contract: false,
    messages: {
      met: 'Je antwoord ({words} woorden) staat in verhouding tot het bericht van de cliënt.',
      tooLong: 'Je antwoord telt {words} woorden, terwijl {limit} hier ruim genoeg is{reason}. Kies wat er nu het meest toe doet en laat de rest voor een volgend bericht.',
    },
    options: {
      maxWords: { type: 'number', description: 'Hoogste aantal woorden voor het antwoord, in plaats van twee keer het bericht van de cliënt (minstens 150).', minimum: 10 },
    },
  },
  check(reply, context) {
    const words = reply.wordCount;
    const own = maxWords(context.options);
    const clientWords = context.clientMessage?.wordCount ?? 0;
    const limit = own ?? Math.max(FLOOR, 2 * clientWords);
    if (words <= limit) return { status: 'met', messageId: 'met', data: { words }, spans: [] };
    const reason = own ? '' : clientWords ? ` (de cliënt schreef ${clientWords} woorden)` : '';
    const last = reply.sentences[reply.sentences.length - 1];
    return { status: 'missing', messageId: 'tooLong', data: { words, limit, reason }, spans: last ? [{ start: reply.sentences[0]!.start, end: last.end }] : [] };
  },
});

export default length;
