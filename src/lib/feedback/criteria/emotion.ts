import type { Criterion, JudgeContext, Span, TextAnalysis, Token, Verdict } from '../types.ts';
import {
  ACKNOWLEDGEMENTS,
  EVALUATIVE,
  FEELING_NOUNS,
  FEELING_PHRASES,
  INTENSIFIERS,
  NEGATIVE_FEELINGS,
  POSITIVE_FEELINGS,
} from '../lexicon/emotions.ts';
import { wordMatcher } from '../text/lexicon-match.ts';
import { B, CLIENT_SUBJECTS, E, hasClientWord, listNl, mergeSpans, phrases, quote, sentenceTokens } from '../text/match.ts';
import { byForm } from '../messages.ts';

export const id = 'emotion' as const;
export const label = 'Gevoel benoemen';
export const why =
  'In elk bericht besteed je aandacht aan de emoties die je bij de cliënt opmerkt. Door een gevoel te benoemen of te erkennen voelt de cliënt zich gezien en begrepen, en groeit de vertrouwensrelatie.';

const negative = wordMatcher(NEGATIVE_FEELINGS, { compounds: true });
const evaluative = wordMatcher(EVALUATIVE);
const positive = wordMatcher(POSITIVE_FEELINGS);
const feelingNoun = wordMatcher(FEELING_NOUNS, { compounds: true });
const ACK = phrases(ACKNOWLEDGEMENTS, 'iu');
const PHRASE = new RegExp(`${B}(?:${FEELING_PHRASES.join('|')})${E}`, 'giu');
/** Evaluative words only count in a frame like these. */
const EVAL_FRAME = new RegExp(
  `${B}(?:wat|zo'?n|klinkt|klinken|lijkt|moet|begrijp|begrijpelijk|voorstellen|snap|logisch|voor (?:je|jou|u)|ik lees|ik hoor|(?:dat|het) is (?:ook )?(?:best |heel |erg |echt |zo |wel )?\\p{L}+,? (?:zeker|hoor|voor|als|nu|dat|om))${E}`,
  'iu',
);
/** Acknowledging phrases that show empathy even without a feeling word (a partial result). */
const STRONG_ACK = phrases(
  ['kan me voorstellen', 'kan mij voorstellen', 'kan me goed voorstellen', 'begrijp', 'begrijpelijk', 'klinkt', 'lijkt me', 'logisch', 'snap', 'herkenbaar', 'leef met', 'leef mee', 'geen wonder', 'voel ik mee'],
  'iu',
);
const COACH_VERBS = new Set(['ben', 'voel', 'vind', 'word', 'was', 'werd', 'raak', 'vond', 'heb']);
const DEMONSTRATIVES = new Set(['die', 'dat', 'deze', 'dit', 'jouw', 'uw', 'je', "zo'n", 'zoveel', 'veel', 'zulke', 'het']);
const FOR_CLIENT = /^(?:voor|met)\s+(?:je|jou|u)(?![\p{L}])/iu;
/** "moeilijk te zeggen", "lastig in te schatten": evaluative words in idioms that are no feeling. */
const IDIOM_AFTER = /^(?:om\s+)?(?:te|in\s+te)\s+(?:zeggen|voorspellen|bepalen|schatten|inschatten|beoordelen|beantwoorden|plannen|vinden|vergelijken|meten)(?![\p{L}])/iu;

/** Token indices of feelings the coach has ("Ik ben blij dat…", "Wat ben ik trots"). */
function coachFeelings(tokens: Token[], sentenceText: string, sentenceStart: number): Set<number> {
  const own = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'ik') continue;
    let k = i + 1;
    if (COACH_VERBS.has(tokens[k]?.lower ?? '')) k++;
    else if (COACH_VERBS.has(tokens[i - 1]?.lower ?? '')) k = i + 1;
    else continue;
    while (tokens[k] && (INTENSIFIERS.has(tokens[k]!.lower) || ['me', 'mij', 'het', 'er'].includes(tokens[k]!.lower))) k++;
    const feeling = tokens[k];
    if (!feeling) continue;
    const after = sentenceText.slice(feeling.end - sentenceStart).trimStart();
    if (!FOR_CLIENT.test(after)) own.add(k);
  }
  return own;
}

/** A client subject shortly before the word, with no "ik" in between: "je bent trots". */
function clientSubjectBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const lower = tokens[k]!.lower;
    if (lower === 'ik' || lower === 'mij') return false;
    if (CLIENT_SUBJECTS.has(lower)) return true;
  }
  return false;
}

interface Found {
  spans: Span[];
  words: string[];
  coachOnly: string[];
  frames: Span[];
}

function scanSentence(reply: TextAnalysis, index: number, found: Found): void {
  const sentence = reply.sentences[index]!;
  const tokens = sentenceTokens(reply, index);
  const own = coachFeelings(tokens, sentence.text, sentence.start);
  const clientRef = hasClientWord(tokens);
  ACK.lastIndex = 0;
  const ack = ACK.exec(sentence.text);
  const evalFrame = EVAL_FRAME.test(sentence.text);
  STRONG_ACK.lastIndex = 0;
  const strong = STRONG_ACK.exec(sentence.text);
  if (strong) found.frames.push({ start: sentence.start + strong.index, end: sentence.start + strong.index + strong[0].length });
  tokens.forEach((token, i) => {
    const word = token.lower;
    const prev = tokens[i - 1]?.lower ?? '';
    let counts = false;
    let feeling = false;
    if (negative.has(word)) {
      feeling = true;
      counts = clientRef || ack !== null || DEMONSTRATIVES.has(prev);
    } else if (evaluative.has(word)) {
      feeling = !IDIOM_AFTER.test(sentence.text.slice(token.end - sentence.start).trimStart());
      counts = evalFrame;
    } else if (positive.has(word)) {
      feeling = true;
      counts = clientSubjectBefore(tokens, i) || (ack !== null && clientRef);
    } else if (feelingNoun.has(word)) {
      feeling = true;
      counts = clientRef || DEMONSTRATIVES.has(prev);
    }
    if (!feeling) return;
    if (own.has(i)) {
      found.coachOnly.push(token.text);
      return;
    }
    if (!counts) return;
    found.spans.push({ start: token.start, end: token.end });
    found.words.push(token.text);
  });
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(sentence.text); m; m = PHRASE.exec(sentence.text)) {
    found.spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    found.words.push(m[0]);
  }
}

export function check(reply: TextAnalysis, context: JudgeContext): Verdict {
  const found: Found = { spans: [], words: [], coachOnly: [], frames: [] };
  for (let i = reply.bodyFirst; i <= reply.bodyLast; i++) scanSentence(reply, i, found);
  const example = byForm(context, '‘Ik lees dat je je onzeker voelt.’', '‘Ik lees dat u zich onzeker voelt.’');
  if (found.words.length) {
    const words = [...new Set(found.words.map((w) => w.toLowerCase()))].slice(0, 4).map(quote);
    return { status: 'met', spans: mergeSpans(found.spans), message: `Je benoemt wat de cliënt voelt: ${listNl(words)}.` };
  }
  if (found.coachOnly.length) {
    return {
      status: 'partial',
      spans: [],
      message: `Je noemt alleen je eigen gevoel (${quote(found.coachOnly[0]!)}). Benoem ook het gevoel van de cliënt, bijvoorbeeld ${example}`,
    };
  }
  if (found.frames.length) {
    return {
      status: 'partial',
      spans: found.frames.slice(0, 2),
      message: `Je sluit aan bij de cliënt (${quote(reply.text.slice(found.frames[0]!.start, found.frames[0]!.end))}), maar noemt geen gevoel. Zeg welk gevoel je leest, bijvoorbeeld ${example}`,
    };
  }
  return {
    status: 'missing',
    spans: [],
    message: `Je gaat niet in op wat de cliënt voelt. Benoem of erken het gevoel dat je leest, bijvoorbeeld ${example} of ‘Wat vervelend dat…’.`,
  };
}

export const emotion: Criterion = { id, label, check };
