import type { Criterion, JudgeContext, TextAnalysis, Verdict } from '../types.ts';
import { EXPERIENCE, INDIRECT, PROCESS } from '../lexicon/process.ts';
import { B, quote } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const id = 'process-check' as const;
export const label = 'Vraag naar het proces';
export const why =
  'Online duurt het langer voor je merkt dat iets niet goed loopt. Vraag daarom regelmatig hoe de cliënt het contact, de vorm en de werkwijze ervaart, zodat moeilijkheden, weerstand en irritaties niet onopgemerkt blijven.';

const EXPERIENCE_RX = new RegExp(`${B}(?:${EXPERIENCE.join('|')})`, 'iu');
const PROCESS_RX = new RegExp(`${B}(?:${PROCESS.join('|')})(?![\\p{L}])`, 'iu');
const INDIRECT_RX = new RegExp(`${B}${INDIRECT}`, 'iu');

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  let contentOnly: string | null = null;
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
    const sentence = reply.sentences[i]!;
    const asks = sentence.question || INDIRECT_RX.test(sentence.text);
    if (!asks || !EXPERIENCE_RX.test(sentence.text)) continue;
    if (PROCESS_RX.test(sentence.text)) {
      return {
        status: 'met',
        spans: [{ start: sentence.start, end: sentence.end }],
        message: `Je vraagt hoe de cliënt het contact ervaart: ${quote(sentence.text)}.`,
      };
    }
    contentOnly ??= sentence.text;
  }
  const example = byForm(context, '‘Hoe bevalt het schrijven je tot nu toe?’', '‘Hoe bevalt het schrijven u tot nu toe?’');
  if (contentOnly) {
    return {
      status: 'missing',
      spans: [],
      message: `Je vraag ${quote(contentOnly)} gaat over de inhoud, niet over het contact. Vraag ook naar de werkwijze, bijvoorbeeld ${example}`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: `Je vraagt niet hoe de cliënt het contact of de werkwijze ervaart. Voeg een procesvraag toe, bijvoorbeeld ${example}`,
  };
}

export const processCheck: Criterion = { id, label, check };
