import { defineCriterion, type Sentence } from '../types.ts';
import { quote } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const openQuestion = defineCriterion({
  id: 'open-question',
  meta: {
    label: 'Open vraag',
    why: 'Een open vraag nodigt de cliënt uit om terug te schrijven en houdt het contact gaande. Gesloten vragen (ja of nee) sluiten het gesprek eerder af.',
    kind: 'include',
    contract: true,
    messages: {
      met: 'Je nodigt uit tot antwoord met een open vraag: {found}.',
      closed: '{found} is een gesloten vraag: die kan met ja of nee beantwoord worden. Stel ook een open vraag met hoe, wat of welke, bijvoorbeeld {example}',
      rhetorical: '{found} is een retorische vraag: die verwacht geen antwoord. Stel een echte open vraag, bijvoorbeeld {example}',
      indirect: 'Je nodigt uit ({found}), maar zonder vraagteken leest dat als een mededeling. Maak er een echte vraag van, bijvoorbeeld {example}',
      missing: 'Je bericht bevat geen vraag. Nodig de cliënt uit om terug te schrijven met een open vraag, bijvoorbeeld {example}',
    },
  },
  check(reply, context) {
    const first: Partial<Record<Sentence['mood'], Sentence>> = {};
    for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) {
      const sentence = reply.sentences[i]!;
      if (sentence.mood === 'open-question') {
        return { status: 'met', messageId: 'met', data: { found: quote(sentence.text) }, spans: [{ start: sentence.start, end: sentence.end }] };
      }
      first[sentence.mood] ??= sentence;
    }
    const example = byForm(context, '‘Wat zou jou nu het meest helpen?’', '‘Wat zou u nu het meest helpen?’');
    for (const [mood, messageId] of [['closed-question', 'closed'], ['indirect-question', 'indirect'], ['rhetorical-question', 'rhetorical']] as const) {
      const sentence = first[mood];
      if (sentence) return { status: 'partial', messageId, data: { found: quote(sentence.text), example }, spans: [{ start: sentence.start, end: sentence.end }] };
    }
    return { status: 'missing', messageId: 'missing', data: { example }, spans: [] };
  },
});

export default openQuestion;
