import { defineCriterion, type Closing, type JudgeContext } from '../types.ts';
import { foldName } from '../text/structure.ts';
import { quote, quoteSpan } from '../text/match.ts';
import { coachFirstName } from '../messages.ts';

/** A web address, e-mail address or phone number: a pasted signature, not a title line. */
const CONTACT_DETAILS = /www\.|https?:|\S@\S|\d[\d\s-]{7,}/u;

function example(context: JudgeContext): string {
  return `‘Hartelijke groet,’ met daaronder ‘${coachFirstName(context)}’`;
}

function nameMatches(closing: Closing, context: JudgeContext): boolean {
  if (!context.coachName) return true;
  const names = foldName(closing.name).split(/\s+/);
  return foldName(context.coachName).split(/\s+/).some((n) => names.includes(n));
}

function closingSpans(closing: Closing): Array<{ start: number; end: number }> {
  const spans = [];
  if (closing.formulaStart >= 0) spans.push({ start: closing.formulaStart, end: closing.formulaEnd });
  if (closing.nameStart >= 0) spans.push({ start: closing.nameStart, end: closing.nameEnd });
  return spans;
}

export const closing = defineCriterion({
  id: 'closing',
  meta: {
    label: 'Persoonlijke afsluiting',
    why: 'Een afgekorte groet of een geautomatiseerde handtekening maakt een bericht zakelijk en afstandelijk. Met een volledige, warme groet en je naam sluit je persoonlijk af, zoals je in een gesprek ook afscheid neemt.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je sluit persoonlijk af: {found}.',
      plain: 'Je sluit af met groet en naam: {found}. Kort maar voluit; ‘Hartelijke groet’ klinkt nog iets warmer.',
      none: 'Je bericht heeft geen afsluiting. Sluit persoonlijk af met een volledige groet en je naam, bijvoorbeeld {example}.',
      signatureOnly: 'Je bericht eindigt met alleen een handtekeningblok. Sluit persoonlijk af met een volledige groet en je naam, bijvoorbeeld {example}.',
      signature: 'Je groet {found} is persoonlijk, maar het handtekeningblok met contactgegevens eronder maakt het einde zakelijk. Laat website en telefoonnummer weg; je groet en je naam zijn genoeg.',
      short: '{found} is een afkorting en klinkt kortaf. Schrijf je groet voluit, bijvoorbeeld {example}.',
      nameOnly: 'Je eindigt met alleen je naam ({found}). Zet er een warme groet boven, bijvoorbeeld {example}.',
      noName: 'Je groet {found} mist je naam. Zet je naam eronder, zodat de cliënt weet wie er schrijft.',
      otherName: 'Je ondertekent met {found}, maar de coach heet {coach}. Controleer je naam.',
    },
  },
  check(reply, context) {
    const closing = reply.closing;
    if (!closing || (closing.kind === 'none' && !closing.name)) {
      return {
        status: 'missing',
        messageId: closing?.signature ? 'signatureOnly' : 'none',
        data: { example: example(context) },
        spans: closing ? [{ start: closing.start, end: closing.end }] : [],
      };
    }
    const spans = closingSpans(closing);
    const formula = closing.formula ? quote(closing.formula) : '';
    if (closing.kind === 'short') return { status: closing.name ? 'partial' : 'missing', messageId: 'short', data: { found: formula, example: example(context) }, spans };
    if (closing.kind === 'none') return { status: 'partial', messageId: 'nameOnly', data: { found: quote(closing.name), example: example(context) }, spans };
    if (!closing.name) return { status: 'partial', messageId: 'noName', data: { found: formula }, spans };
    if (!nameMatches(closing, context)) return { status: 'partial', messageId: 'otherName', data: { found: quote(closing.name), coach: context.coachName }, spans };
    const found = quoteSpan(reply, { start: closing.formulaStart, end: closing.nameEnd });
    if (closing.signature && CONTACT_DETAILS.test(reply.text.slice(closing.nameEnd, closing.end))) return { status: 'partial', messageId: 'signature', data: { found }, spans: [...spans, { start: closing.nameEnd, end: closing.end }].filter((s) => s.end > s.start) };
    return { status: 'met', messageId: closing.kind === 'plain' ? 'plain' : 'met', data: { found }, spans };
  },
});

export default closing;
