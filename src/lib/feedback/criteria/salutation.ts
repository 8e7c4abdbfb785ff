import type { Criterion, JudgeContext, Salutation, TextAnalysis, Verdict } from '../types.ts';
import { foldName, isGenericAddressee } from '../text/structure.ts';
import { TITLES } from '../lexicon/greetings.ts';
import { knowsSurname } from '../text/names.ts';
import { quote, quoteSpan } from '../text/match.ts';
import { clientFirstName } from '../messages.ts';

export const id = 'salutation' as const;
export const label = 'Persoonlijke aanhef';
export const why =
  'Het welkomstritueel begint bij de aanhef: met de naam van de cliënt laat je vanaf het eerste woord merken dat dit bericht voor haar of hem geschreven is, en niet een standaardbericht is.';

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
  if (!context.clientName) return null;
  const first = context.clientName.split(/\s+/)[0]!;
  const target = foldName(first);
  const limit = reply.sentences[Math.min(2, reply.sentences.length - 1)]?.end ?? 0;
  const token = reply.tokens.find((t) => t.start < limit && foldName(t.text) === target);
  return token ? token.text : null;
}

function judgeSalutation(reply: TextAnalysis, context: JudgeContext, s: Salutation): Verdict {
  const spans = [{ start: s.start, end: s.end }];
  const opening = quoteSpan(reply, s);
  if (!s.greeting) {
    return { status: 'partial', spans, message: `Je opent met alleen de naam: ${opening}. Maak er een warme aanhef van, zoals ${example(context)}.` };
  }
  if (!s.name || isGenericAddressee(s.name)) {
    const later = nameLater(reply, context);
    const extra = later ? ` De naam ${quote(later)} komt pas later in de tekst; zet hem in de aanhef.` : '';
    return { status: 'missing', spans, message: `${opening} noemt de cliënt niet bij naam.${extra} Open persoonlijk, bijvoorbeeld met ${example(context)}.` };
  }
  const match = matchesClient(s.name, context);
  if (match === false) {
    return {
      status: 'partial',
      spans: [{ start: s.nameStart, end: s.nameEnd }],
      message: `Je spreekt ${quote(s.name)} aan, maar ${context.clientName ? `de cliënt heet ${context.clientName}` : 'zo ondertekent de cliënt niet'}. Controleer de naam in je aanhef.`,
    };
  }
  const formal = s.greeting === 'geachte' ? ' Dat is formeel maar wel persoonlijk; past het bij deze cliënt, dan is het goed.' : '';
  return { status: 'met', spans, message: `Je opent persoonlijk met ${opening}.${formal}` };
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  if (reply.salutation) return judgeSalutation(reply, context, reply.salutation);
  const later = nameLater(reply, context);
  const message = later
    ? `Je noemt de naam ${quote(later)} pas in de tekst zelf. Begin met een aanhef die de naam noemt, bijvoorbeeld ${example(context)}.`
    : `Er staat geen aanhef boven je bericht. Begin met de naam van de cliënt, bijvoorbeeld ${example(context)}.`;
  return { status: 'missing', spans: [], message };
}

export const salutation: Criterion = { id, label, check };
