import { defineCriterion, type Span, type TextAnalysis, type Token } from '../types.ts';
import { quoted } from '../text/query.ts';
import { listNl, quote } from '../text/match.ts';

const JE_FORMS = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', 'jouwe', 'dankjewel']);
const U_FORMS = new Set(['u', 'uw', 'uzelf', 'uwe', 'dankuwel']);

/** The words that address the client in the given forms, outside quotations of the client. */
function addressing(reply: TextAnalysis, forms: ReadonlySet<string>): Token[] {
  const found: Token[] = [];
  for (const token of reply.tokens) {
    if (forms.has(token.lower) && !quoted(reply, token)) found.push(token);
  }
  return found;
}

function summary(reply: TextAnalysis, tokens: Token[]): { found: string; spans: Span[] } {
  const words = [...new Set(tokens.map((t) => t.lower))].slice(0, 4).map(quote);
  return { found: listNl(words), spans: tokens.slice(0, 8).map((t) => ({ start: t.start, end: t.end })) };
}

export const addressForm = defineCriterion({
  id: 'address-form',
  meta: {
    label: 'Je of u',
    why: 'Of je een cliënt met je of met u aanspreekt, zegt iets over de verhouding: u is respectvol en afstandelijker, je persoonlijker. Kies wat bij deze cliënt past en houd het vol; wie halverwege wisselt, klinkt slordig en maakt de cliënt onzeker over de relatie.',
    kind: 'include',
    contract: false,
    messages: {
      metU: 'Je spreekt de cliënt consequent met u aan.',
      metJe: 'Je spreekt de cliënt consequent met je aan.',
      slipJe: 'De cliënt wil met u aangesproken worden, maar je schrijft ook {found}. Houd de u-vorm vol: ‘u’, ‘uw’, ‘uzelf’.',
      slipU: 'Je spreekt de cliënt hier met u aan ({found}), terwijl je-vorm is afgesproken. Houd het bij ‘je’ en ‘jouw’.',
      mixed: 'Je wisselt tussen je en u ({found}). Kies één vorm, {form}, en houd die vol.',
    },
  },
  check(reply, context) {
    const form = context.form ?? 'je';
    const je = addressing(reply, JE_FORMS);
    const u = addressing(reply, U_FORMS);
    if (form === 'u') {
      if (je.length === 0) return { status: 'met', messageId: 'metU', spans: [] };
      const { found, spans } = summary(reply, je);
      return u.length ? { status: 'missing', messageId: 'mixed', data: { found, form: 'de u-vorm' }, spans } : { status: 'missing', messageId: 'slipJe', data: { found }, spans };
    }
    if (u.length === 0) return { status: 'met', messageId: 'metJe', spans: [] };
    const { found, spans } = summary(reply, u);
    return je.length ? { status: 'missing', messageId: 'mixed', data: { found, form: 'de je-vorm' }, spans } : { status: 'missing', messageId: 'slipU', data: { found }, spans };
  },
});

export default addressForm;
