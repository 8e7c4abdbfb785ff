import type { Closing, Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { foldName } from '../text/structure.ts';
import { quote, quoteSpan } from '../text/match.ts';
import { coachFirstName } from '../messages.ts';

export const id = 'closing' as const;
export const label = 'Persoonlijke afsluiting';
export const why =
  'Een afgekorte groet of een geautomatiseerde handtekening maakt een bericht zakelijk en afstandelijk. Met een volledige, warme groet en je naam sluit je persoonlijk af, zoals je in een gesprek ook afscheid neemt.';

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

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  const closing = reply.closing;
  if (!closing || (closing.kind === 'none' && !closing.name)) {
    const signature = closing?.signature ? 'Je bericht eindigt met alleen een handtekeningblok. ' : 'Je bericht heeft geen afsluiting. ';
    return {
      status: 'missing',
      spans: closing ? [{ start: closing.start, end: closing.end }] : [],
      message: `${signature}Sluit persoonlijk af met een volledige groet en je naam, bijvoorbeeld ${example(context)}.`,
    };
  }
  const spans = closingSpans(closing);
  const formula = closing.formula ? quote(closing.formula) : '';
  if (closing.kind === 'short') {
    return { status: closing.name ? 'partial' : 'missing', spans, message: `${formula} is een afkorting en klinkt kortaf. Schrijf je groet voluit, bijvoorbeeld ${example(context)}.` };
  }
  if (closing.kind === 'none') {
    return { status: 'partial', spans, message: `Je eindigt met alleen je naam (${quote(closing.name)}). Zet er een warme groet boven, bijvoorbeeld ${example(context)}.` };
  }
  if (!closing.name) {
    return { status: 'partial', spans, message: `Je groet ${formula} mist je naam. Zet je naam eronder, zodat de cliënt weet wie er schrijft.` };
  }
  if (!nameMatches(closing, context)) {
    return { status: 'partial', spans, message: `Je ondertekent met ${quote(closing.name)}, maar de coach heet ${context.coachName}. Controleer je naam.` };
  }
  const found = quoteSpan(reply, { start: closing.formulaStart, end: closing.nameEnd });
  if (closing.kind === 'plain') {
    return { status: 'met', spans, message: `Je sluit af met groet en naam: ${found}. Kort maar voluit; ‘Hartelijke groet’ klinkt nog iets warmer.` };
  }
  return { status: 'met', spans, message: `Je sluit persoonlijk af: ${found}.` };
}

export const closing: Criterion = { id, label, check };
