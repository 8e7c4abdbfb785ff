import { defineCriterion, type JudgeContext, type Span, type TextAnalysis, type Token } from '../types.ts';
import { wordKeys } from '../text/stem.ts';
import { isCommonWord } from '../text/stopwords.ts';
import { foldName } from '../text/structure.ts';
import { listNl, mergeSpans, quote } from '../text/match.ts';

const MIN_QUOTE_WORDS = 2;

/** True when the token is one of the given (folded) person names. */
function isName(names: Set<string>, token: Token): boolean {
  return names.has(token.lower) || (/[^\x00-\x7f]/.test(token.lower) && names.has(foldName(token.lower)));
}

/** Person names that are shared without mirroring anything (the client's and coach's names). */
function personNames(context: JudgeContext): Set<string> {
  const names = new Set<string>();
  const add = (text: string) => text.split(/[\s,]+/).filter(Boolean).forEach((w) => names.add(foldName(w)));
  context.clientNames.forEach(add);
  add(context.coachName);
  const client = context.clientMessage;
  if (client?.salutation) add(client.salutation.name);
  if (client?.closing) add(client.closing.name);
  return names;
}

/** Distinctive words of the client: key → the client's word. */
function clientVocabulary(client: TextAnalysis, names: Set<string>): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const token of client.tokens) {
    if (isName(names, token) || isCommonWord(token.lower)) continue;
    for (const key of wordKeys(token.lower)) if (!vocabulary.has(key)) vocabulary.set(key, token.text);
  }
  return vocabulary;
}

/** All keys of all words of the client, common ones included (for quotes). */
function allClientKeys(client: TextAnalysis): Set<string> {
  const keys = new Set<string>();
  for (const token of client.tokens) for (const key of wordKeys(token.lower)) keys.add(key);
  return keys;
}

function inBody(reply: TextAnalysis, token: Token): boolean {
  return token.sentence >= reply.bodyFirst && token.sentence <= reply.bodyLast;
}

interface Shared {
  clientWord: string;
  spans: Span[];
}

function sharedWords(reply: TextAnalysis, vocabulary: Map<string, string>, names: Set<string>): Map<string, Shared> {
  const shared = new Map<string, Shared>();
  for (const token of reply.tokens) {
    if (!inBody(reply, token) || isName(names, token) || isCommonWord(token.lower)) continue;
    const key = wordKeys(token.lower).find((k) => vocabulary.has(k));
    if (key === undefined) continue;
    const clientWord = vocabulary.get(key)!;
    const id = foldName(clientWord);
    const entry = shared.get(id) ?? { clientWord, spans: [] };
    entry.spans.push({ start: token.start, end: token.end });
    shared.set(id, entry);
  }
  return shared;
}

/** Quoted passages in the body with at least two words the client used. */
function clientQuotes(reply: TextAnalysis, clientKeys: Set<string> | null): Span[] {
  const bodyStart = reply.sentences[reply.bodyFirst]?.start ?? 0;
  const bodyEnd = reply.sentences[reply.bodyLast]?.end ?? 0;
  const found: Span[] = [];
  let t = 0;
  for (const q of reply.quotes) {
    if (q.start < bodyStart || q.end > bodyEnd) continue;
    while (t < reply.tokens.length && reply.tokens[t]!.start < q.start) t++;
    let words = 0;
    for (let k = t; k < reply.tokens.length && reply.tokens[k]!.end <= q.end; k++) {
      if (!clientKeys || wordKeys(reply.tokens[k]!.lower).some((key) => clientKeys.has(key))) words++;
    }
    if (words >= MIN_QUOTE_WORDS) found.push(q);
  }
  return found;
}

export const mirroring = defineCriterion({
  id: 'mirroring',
  meta: {
    label: 'Woorden van de cliënt',
    why: 'Wie de eigen woorden van de cliënt terug laat komen, laat zien dat er echt gelezen is. Een kenmerkend woord of een geciteerd zinsdeel maakt duidelijk dat jullie over hetzelfde praten, en dat bouwt vertrouwen op.',
    kind: 'include',
    contract: true,
    messages: {
      quoted: 'Je citeert de cliënt letterlijk: {found}.',
      quotedMore: 'Je citeert de cliënt letterlijk: {found} en je gebruikt ook {words}.',
      met: 'Je neemt woorden van de cliënt over: {words}.',
      one: 'Je neemt één woord van de cliënt over: {words}. Spiegel meer: gebruik nog een paar eigen woorden van de cliënt, of citeer een zinsdeel tussen aanhalingstekens.',
      noClientQuote: 'Je citeert {found}. Zonder het bericht van de cliënt kan ik niet nagaan of dit haar of zijn woorden zijn.',
      noClient: 'Zonder het bericht van de cliënt kan ik spiegelen niet controleren. Neem in je antwoord letterlijk een paar woorden van de cliënt over.',
      missing: 'Je gebruikt vooral je eigen woorden. Neem een paar kenmerkende woorden van de cliënt over of citeer een zinsdeel, bijvoorbeeld: Je schrijft dat je je ‘…’ voelt.',
    },
  },
  check(reply, context) {
    const client = context.clientMessage;
    if (!client) {
      const quotes = clientQuotes(reply, null);
      if (quotes.length) return { status: 'partial', messageId: 'noClientQuote', data: { found: quote(reply.text.slice(quotes[0]!.start, quotes[0]!.end)) }, spans: quotes };
      return { status: 'partial', messageId: 'noClient', spans: [] };
    }
    const names = personNames(context);
    // In a trajectory the client's words from earlier messages are theirs too (the current message first).
    const vocabulary = clientVocabulary(client, names);
    const keys = allClientKeys(client);
    for (const earlier of context.earlierMessages) {
      for (const [key, word] of clientVocabulary(earlier, names)) if (!vocabulary.has(key)) vocabulary.set(key, word);
      for (const key of allClientKeys(earlier)) keys.add(key);
    }
    const shared = sharedWords(reply, vocabulary, names);
    const quotes = clientQuotes(reply, keys);
    const words = [...shared.values()];
    const spans = mergeSpans([...quotes, ...words.flatMap((w) => w.spans)]);
    const found = listNl(words.slice(0, 4).map((w) => quote(w.clientWord)));
    if (quotes.length) {
      const first = quote(reply.text.slice(quotes[0]!.start, quotes[0]!.end));
      return { status: 'met', messageId: words.length ? 'quotedMore' : 'quoted', data: { found: first, words: found }, spans };
    }
    if (words.length >= 2) return { status: 'met', messageId: 'met', data: { words: found }, spans };
    if (words.length === 1) return { status: 'partial', messageId: 'one', data: { words: found }, spans };
    return { status: 'missing', messageId: 'missing', spans: [] };
  },
});

export default mirroring;
