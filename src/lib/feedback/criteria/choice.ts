import type { Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { CHOICE_QUESTIONS, CHOICE_STATEMENTS, DIRECTIVE_BEFORE, OPTIONS_OFFERED } from '../lexicon/choice.ts';
import { B, quote, type Hit } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const id = 'choice' as const;
export const label = 'Keuze voor de cliënt';
export const why =
  'Vertrouwen geven betekent de cliënt betrekken bij de keuzes in het traject. Vraag waar de cliënt mee wil beginnen of zich als eerste op wil richten: dat stimuleert zelfregie en zelfvertrouwen.';

const compile = (list: readonly string[]) => new RegExp(`${B}(?:${list.join('|')})`, 'iu');
const QUESTION = compile(CHOICE_QUESTIONS);
const STATEMENT = compile(CHOICE_STATEMENTS);
const OPTIONS = compile(OPTIONS_OFFERED);
/** A question offering alternatives: "Wil je eerst X, of liever Y?". */
const ALTERNATIVES = /^(?:[^?:]*:\s*)?(?:wil|wilt|zou|heb|hebt|heeft|begin|kies|zullen|gaan)\s+(?:je|jij|u|we|jullie)\b[^?]*\bof\b/iu;

function hitIn(reply: TextAnalysis, index: number, regex: RegExp): Hit | null {
  const sentence = reply.sentences[index]!;
  const m = regex.exec(sentence.text);
  if (!m) return null;
  const before = sentence.text.slice(0, m.index);
  if (DIRECTIVE_BEFORE.test(before) || DIRECTIVE_BEFORE.test(m[0])) return null;
  return { start: sentence.start, end: sentence.end, text: sentence.text, sentence: index };
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  let options: Hit | null = null;
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    const hit = (sentence.question && (hitIn(reply, i, QUESTION) ?? hitIn(reply, i, ALTERNATIVES))) || hitIn(reply, i, STATEMENT);
    if (hit) {
      return { status: 'met', spans: [{ start: hit.start, end: hit.end }], message: `Je laat de cliënt meebeslissen: ${quote(hit.text)}.` };
    }
    options ??= hitIn(reply, i, OPTIONS);
  }
  const ask = byForm(context, '‘Waar wil jij mee beginnen?’', '‘Waar wilt u mee beginnen?’');
  if (options) {
    return {
      status: 'partial',
      spans: [{ start: options.start, end: options.end }],
      message: `Je noemt mogelijkheden (${quote(options.text)}), maar laat de keuze nog niet expliciet aan de cliënt. Vraag bijvoorbeeld: ${ask}`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: `Je bepaalt zelf de volgende stap. Geef de cliënt een keuze: noem twee mogelijkheden en vraag ${ask}`,
  };
}

export const choice: Criterion = { id, label, check };
