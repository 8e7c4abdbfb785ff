import { defineCriterion, type Sentence, type TextAnalysis } from '../types.ts';
import { CHOICE_QUESTIONS, CHOICE_STATEMENTS, DIRECTIVE_BEFORE, OPTIONS_OFFERED } from '../lexicon/choice.ts';
import { quote } from '../text/match.ts';
import { lexiconPattern } from '../text/patterns.ts';
import { byForm } from '../messages.ts';

const compile = (list: readonly string[]) => lexiconPattern(list, { wholeEnd: false });
const QUESTION = compile(CHOICE_QUESTIONS);
const STATEMENT = compile(CHOICE_STATEMENTS);
const OPTIONS = compile(OPTIONS_OFFERED);
const WE_COULD = compile(OPTIONS_OFFERED.slice(0, 1));
/** A question offering alternatives: "Wil je eerst X, of liever Y?". */
const ALTERNATIVES = /(?:^|[,:;]\s*)(?:(?:en|maar|dus|of)\s+)?(?:wil|wilt|zou|heb|hebt|heeft|begin|kies|zullen|gaan|lijkt|past|passen)\s+(?:je|jij|u|we|jullie|het|dit|dat|deze|die)\b[^?]{0,200}?\bof\b/iu;
const ASKING = new Set<Sentence['mood']>(['open-question', 'closed-question', 'indirect-question']);

/** "Waarom koos je toen…?" asks to account for the past, not to choose what comes next. */
function asksWhy(reply: TextAnalysis, sentence: Sentence): boolean {
  for (let i = sentence.firstToken; i < sentence.lastToken && i < sentence.firstToken + 4; i++) {
    const lower = reply.tokens[i]!.lower;
    if (lower === 'waarom' || lower === 'hoezo') return true;
  }
  return false;
}

/** "Wat had je liever anders gezien?" looks back; a choice looks ahead. */
const LOOKING_BACK = /(?<![\p{L}])(?:had|hadden|achteraf|gezien|gedaan\s+hebben)(?![\p{L}])/iu;

function matches(sentence: Sentence, regex: RegExp): boolean {
  const m = regex.exec(sentence.text);
  if (!m || LOOKING_BACK.test(sentence.text)) return false;
  return !DIRECTIVE_BEFORE.test(sentence.text.slice(0, m.index)) && !DIRECTIVE_BEFORE.test(m[0]);
}

export const choice = defineCriterion({
  id: 'choice',
  meta: {
    label: 'Keuze voor de cliënt',
    why: 'Vertrouwen geven betekent de cliënt betrekken bij de keuzes in het traject. Vraag waar de cliënt mee wil beginnen of zich als eerste op wil richten: dat stimuleert zelfregie en zelfvertrouwen.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je laat de cliënt meebeslissen: {found}.',
      options: 'Je noemt mogelijkheden ({found}), maar laat de keuze nog niet expliciet aan de cliënt. Vraag bijvoorbeeld: {example}',
      why: 'Je vraag {found} vraagt de cliënt zich te verantwoorden voor wat al gebeurd is; dat is geen keuze voor wat komt. Vraag liever wat de cliënt nu wil, bijvoorbeeld {example}',
      missing: 'Je bepaalt zelf de volgende stap. Geef de cliënt een keuze: noem twee mogelijkheden en vraag {example}',
    },
  },
  check(reply, context) {
    let options: Sentence | null = null;
    let why: Sentence | null = null;
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      const asking = ASKING.has(sentence.mood);
      if (asking && asksWhy(reply, sentence)) {
        why ??= sentence;
        continue;
      }
      const hit = (asking && (matches(sentence, QUESTION) || matches(sentence, ALTERNATIVES))) || (!sentence.mood.endsWith('question') && matches(sentence, STATEMENT));
      if (hit) return { status: 'met', messageId: 'met', data: { found: quote(sentence.text) }, spans: [{ start: sentence.start, end: sentence.end }] };
      // "We kunnen beginnen bij X, of bij Y": two ways forward laid before the client is a choice offered.
      if (sentence.mood !== 'rhetorical-question' && matches(sentence, WE_COULD)) return { status: 'met', messageId: 'met', data: { found: quote(sentence.text) }, spans: [{ start: sentence.start, end: sentence.end }] };
      if (!options && matches(sentence, OPTIONS)) options = sentence;
    }
    const example = byForm(context, '‘Waar wil jij mee beginnen?’', '‘Waar wilt u mee beginnen?’');
    if (options) return { status: 'partial', messageId: 'options', data: { found: quote(options.text), example }, spans: [{ start: options.start, end: options.end }] };
    if (why) return { status: 'missing', messageId: 'why', data: { found: quote(why.text), example }, spans: [{ start: why.start, end: why.end }] };
    return { status: 'missing', messageId: 'missing', data: { example }, spans: [] };
  },
});

export default choice;
