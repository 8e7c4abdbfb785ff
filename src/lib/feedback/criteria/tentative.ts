import { defineCriterion } from '../types.ts';
import { INTERPRETATIONS_AS_FACT, TENTATIVE_CHECKS } from '../lexicon/craft.ts';
import { phraseList } from '../text/phrases.ts';
import { quote } from '../text/match.ts';
import { byForm } from '../messages.ts';

const checks = phraseList(TENTATIVE_CHECKS);
const asFact = phraseList(INTERPRETATIONS_AS_FACT);

export const tentative = defineCriterion({
  id: 'tentative',
  meta: {
    label: 'Toetsen, niet invullen',
    why: 'Op schrift zie je niet of je interpretatie klopt: de cliënt kan niet knikken of fronsen. Leg een interpretatie daarom voor als vraag (‘Klopt het dat…?’) in plaats van haar als feit te brengen. Zo houdt de cliënt de regie over het eigen verhaal.',
    kind: 'include',
    contract: false,
    messages: {
      met: 'Je toetst je interpretatie bij de cliënt: {found}.',
      asFact: 'Hier breng je een interpretatie als feit: {found}. Leg haar voor als vraag, bijvoorbeeld {example}',
      missing: 'Je toetst geen interpretatie bij de cliënt. Vraag na of je het goed begrepen hebt, bijvoorbeeld {example}',
    },
  },
  check(reply, context) {
    const example = byForm(context, '‘Klopt het dat je vooral bang bent om anderen teleur te stellen?’', '‘Klopt het dat u vooral bang bent om anderen teleur te stellen?’');
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      if (sentence.mood === 'rhetorical-question') continue;
      if (checks.test(reply.tokens, sentence.firstToken, sentence.lastToken)) {
        return { status: 'met', messageId: 'met', data: { found: quote(sentence.text) }, spans: [{ start: sentence.start, end: sentence.end }] };
      }
    }
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      const hit = asFact.find(reply.tokens, sentence.firstToken, sentence.lastToken)[0];
      if (hit && !sentence.mood.endsWith('question')) {
        return { status: 'missing', messageId: 'asFact', data: { found: quote(sentence.text), example }, spans: [{ start: sentence.start, end: sentence.end }] };
      }
    }
    return { status: 'missing', messageId: 'missing', data: { example }, spans: [] };
  },
});

export default tentative;
