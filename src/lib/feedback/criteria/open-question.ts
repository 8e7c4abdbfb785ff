import type { Criterion, JudgeContext, Sentence, TextAnalysis, Verdict } from '../types.ts';
import { quote } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const id = 'open-question' as const;
export const label = 'Open vraag';
export const why =
  'Een open vraag nodigt de cliënt uit om terug te schrijven en houdt het contact gaande. Gesloten vragen (ja of nee) sluiten het gesprek eerder af.';

const QUESTION_WORDS =
  /^(?:hoe|hoezo|hoeveel|wat|waar|waarom|wanneer|welk|welke|wie|wiens|waarover|waardoor|waarmee|waarin|waaraan|waarop|waarvan|waarvoor|waarbij|waaruit|waarheen|in\s+hoeverre|op\s+welke|met\s+wie|met\s+wat|van\s+wie|voor\s+wie|bij\s+wie|over\s+wie|vertel|beschrijf)(?![\p{L}])/iu;
const LEADING = /^(?:(?:en|maar|dus|of|nou|oké|ok|trouwens|tot\s+slot|tenslotte|ten\s+slotte|nog\s+een\s+vraag|daarnaast|verder|eigenlijk|en\s+nu|kortom|ook)[\s,:]+)+/iu;
/** Invitations phrased as a question: "Kun je vertellen hoe…?", "Ik ben benieuwd wat…?" */
const INVITATION = /(?<![\p{L}])(?:vertel\s+(?:me\s+)?(?:eens|gerust)|(?:kun|kan|kunt|wil|wilt)\s+(?:je|jij|u)\s+(?:me\s+|mij\s+)?(?:eens\s+)?(?:vertellen|beschrijven|uitleggen|omschrijven)|benieuwd\s+(?:naar\s+)?(?:hoe|wat|waar|welk|waarom|wanneer|wie))(?![\p{L}])/iu;

/** The parts of a question around colons and semicolons, without leading "En", "Maar". */
function questionClauses(text: string): string[] {
  return text.split(/[:;]/).map((part) => part.trim().replace(/^["'‘“„(]+/u, '').replace(LEADING, ''));
}

export function isOpenQuestion(sentence: Sentence): boolean {
  if (!sentence.question) return false;
  return questionClauses(sentence.text).some((clause) => QUESTION_WORDS.test(clause)) || INVITATION.test(sentence.text);
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  let closed: Sentence | null = null;
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    if (!sentence.question) continue;
    if (isOpenQuestion(sentence)) {
      return {
        status: 'met',
        spans: [{ start: sentence.start, end: sentence.end }],
        message: `Je nodigt uit tot antwoord met een open vraag: ${quote(sentence.text)}.`,
      };
    }
    closed ??= sentence;
  }
  const example = byForm(context, '‘Wat zou jou nu het meest helpen?’', '‘Wat zou u nu het meest helpen?’');
  if (closed) {
    return {
      status: 'partial',
      spans: [{ start: closed.start, end: closed.end }],
      message: `${quote(closed.text)} is een gesloten vraag: die kan met ja of nee beantwoord worden. Stel ook een open vraag met hoe, wat of welke, bijvoorbeeld ${example}`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: `Je bericht bevat geen vraag. Nodig de cliënt uit om terug te schrijven met een open vraag, bijvoorbeeld ${example}`,
  };
}

export const openQuestion: Criterion = { id, label, check };
