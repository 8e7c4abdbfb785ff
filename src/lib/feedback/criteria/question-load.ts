import { defineCriterion, type Sentence, type TextAnalysis } from '../types.ts';
import { clausesIn } from '../text/query.ts';
import { quote } from '../text/match.ts';

const MAX_QUESTIONS = 3;

/** "Waarom doe je dat steeds?": a why-question about what the client does or chose. */
function whyAboutClient(reply: TextAnalysis, sentence: Sentence): boolean {
  if (!sentence.question || sentence.mood === 'rhetorical-question') return false;
  for (let i = sentence.firstToken; i < sentence.lastToken && i < sentence.firstToken + 4; i++) {
    const lower = reply.tokens[i]!.lower;
    if (lower === 'waarom' || lower === 'hoezo') return clausesIn(reply, sentence).some((c) => c.subject === 'client' || c.mentionsClient);
  }
  return false;
}

/** Question marks in a sentence, a run like "?!" or "??" counted once. */
function questionMarks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === '?' && text[i - 1] !== '?' && text[i - 1] !== '!') count++;
  return count;
}

export const questionLoad = defineCriterion({
  id: 'question-load',
  meta: {
    label: 'Niet te veel vragen',
    why: 'Een rij vragen voelt als een verhoor, en de cliënt weet niet waar te beginnen. Eén of twee goede vragen geven ruimte. Een waarom-vraag over wat de cliënt doet, klinkt bovendien al snel als een verwijt: vraag liever wat of hoe.',
    kind: 'avoid',
    contract: false,
    messages: {
      met: 'Je stelt niet te veel vragen ({count}), zodat de cliënt weet waar het antwoord over kan gaan.',
      none: 'Je stelt geen rij vragen; de cliënt wordt niet overvraagd.',
      tooMany: 'Je stelt {count} vragen. Dat kan als een verhoor voelen; kies de één of twee die er nu het meest toe doen.',
      why: '{found} vraagt de cliënt zich te verantwoorden. Vraag liever naar wat er gebeurt, bijvoorbeeld ‘Wat maakt het lastig om…?’',
    },
  },
  check(reply) {
    let count = 0;
    const questions: Sentence[] = [];
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      const marks = questionMarks(sentence.text);
      if (marks === 0) continue;
      count += marks;
      questions.push(sentence);
      if (whyAboutClient(reply, sentence)) {
        return { status: 'missing', messageId: 'why', data: { found: quote(sentence.text) }, spans: [{ start: sentence.start, end: sentence.end }] };
      }
    }
    if (count > MAX_QUESTIONS) return { status: 'missing', messageId: 'tooMany', data: { count }, spans: questions.slice(0, 8).map((s) => ({ start: s.start, end: s.end })) };
    return count ? { status: 'met', messageId: 'met', data: { count }, spans: [] } : { status: 'met', messageId: 'none', spans: [] };
  },
});

export default questionLoad;
