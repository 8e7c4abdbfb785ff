import { defineCriterion, type JudgeContext, type Salutation, type TextAnalysis, type Verdict } from '../types.ts';
import { foldName, isGenericAddressee } from '../text/structure.ts';
import { TITLES } from '../lexicon/greetings.ts';
import { clientNameWords, knowsSurname } from '../text/names.ts';
import { quote, quoteSpan } from '../text/match.ts';
import { clientFirstName } from '../messages.ts';

function example(context: JudgeContext): string {
  return `‘Beste ${clientFirstName(context)},’ of ‘Hoi ${clientFirstName(context)},’`;
}

/** The name words of the salutation without titles: "mevrouw El Amrani" → ["el", "amrani"]. */
function nameWords(name: string): string[] {
  return foldName(name)
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !TITLES.has(w));
}

function hasTitle(name: string): boolean {
  return foldName(name)
    .split(/[\s,]+/)
    .some((w) => TITLES.has(w));
}

function matchesClient(name: string, context: JudgeContext): boolean | null {
  if (context.clientNames.length === 0) return null;
  // "Beste meneer Hendriks" when only the first name is known: the surname cannot be checked.
  if (hasTitle(name) && !knowsSurname(context.clientName, context.clientNames)) return null;
  const words = nameWords(name);
  const joined = words.join(' ');
  return context.clientNames.some((known) => known === joined || words.includes(known) || joined.endsWith(` ${known}`));
}

function nameLater(reply: TextAnalysis, context: JudgeContext): string | null {
  // The first name, or the surname after a title ("mevrouw Jansen" → "Jansen").
  const first = clientNameWords(context.clientName)[0];
  if (!first) return null;
  const target = foldName(first);
  const limit = reply.sentences[Math.min(2, reply.sentences.length - 1)]?.end ?? 0;
  const token = reply.tokens.find((t) => t.start < limit && foldName(t.text) === target);
  return token ? token.text : null;
}

type MessageId = 'met' | 'formal' | 'nameOnly' | 'noName' | 'nameLater' | 'wrongName' | 'none' | 'late';

function judgeSalutation(reply: TextAnalysis, context: JudgeContext, s: Salutation): Verdict<MessageId> {
  const spans = [{ start: s.start, end: s.end }];
  const opening = quoteSpan(reply, s);
  if (!s.greeting) {
    return { status: 'partial', messageId: 'nameOnly', data: { found: opening, example: example(context) }, spans };
  }
  if (!s.name || isGenericAddressee(s.name)) {
    const later = nameLater(reply, context);
    const data = { found: opening, name: later ? quote(later) : '', example: example(context) };
    return { status: 'missing', messageId: later ? 'nameLater' : 'noName', data, spans };
  }
  const match = matchesClient(s.name, context);
  if (match === false) {
    return {
      status: 'partial',
      messageId: 'wrongName',
      data: { found: quote(s.name), actual: context.clientName ? `de cliënt heet ${context.clientName}` : 'zo ondertekent de cliënt niet' },
      spans: [{ start: s.nameStart, end: s.nameEnd }],
    };
  }
  return { status: 'met', messageId: s.greeting === 'geachte' ? 'formal' : 'met', data: { found: opening }, spans };
}

export const salutation = defineCriterion({
  id: 'salutation',
  meta: {
    label: 'Persoonlijke aanhef',
    why: 'Het welkomstritueel begint bij de aanhef: met de naam van de cliënt laat je vanaf het eerste woord merken dat dit bericht voor haar of hem geschreven is, en niet een standaardbericht is.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je opent persoonlijk met {found}.',
      formal: 'Je opent persoonlijk met {found}. Dat is formeel maar wel persoonlijk; past het bij deze cliënt, dan is het goed.',
      nameOnly: 'Je opent met alleen de naam: {found}. Maak er een warme aanhef van, zoals {example}.',
      noName: '{found} noemt de cliënt niet bij naam. Open persoonlijk, bijvoorbeeld met {example}.',
      nameLater: '{found} noemt de cliënt niet bij naam. De naam {name} komt pas later in de tekst; zet hem in de aanhef. Open persoonlijk, bijvoorbeeld met {example}.',
      wrongName: 'Je spreekt {found} aan, maar {actual}. Controleer de naam in je aanhef.',
      late: 'Je noemt de naam {name} pas in de tekst zelf. Begin met een aanhef die de naam noemt, bijvoorbeeld {example}.',
      none: 'Er staat geen aanhef boven je bericht. Begin met de naam van de cliënt, bijvoorbeeld {example}.',
    },
  },
  check(reply, context): Verdict<MessageId> {
    if (reply.salutation) return judgeSalutation(reply, context, reply.salutation);
    const later = nameLater(reply, context);
    return { status: 'missing', messageId: later ? 'late' : 'none', data: { name: later ? quote(later) : '', example: example(context) }, spans: [] };
  },
});

export default salutation;
