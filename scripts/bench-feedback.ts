/**
 * Figures for the feedback engine: time to judge a 300-word reply on all
 * criteria (median and p95 after warm-up), time on the worst long inputs at
 * 1k, 10k and 100k characters, the gzip size of the engine as bundled for the
 * browser, and agreement with labelled replies: the test part of the
 * project's corpus and, when it is there, the shared calibration file.
 * Prints figures only; it never fails on them.
 *
 *   node scripts/bench-feedback.ts
 */
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { judge, prepareJudge, CRITERION_IDS, CONTRACT_CRITERION_IDS } from '../src/lib/feedback/index.ts';
import { agreement, loadCases, percent, type LabelledCase } from './lib/agreement.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 200;
const WARM_UP = 100;
const CORPUS = resolve(ROOT, 'tests/corpus');
const CALIBRATION = resolve(ROOT, '../shared/feedback-calibration/cases.json');
/** Inputs that once made the engine quadratic (a trigger word repeated), judged on all criteria. */
const WORST = ['knap ', 'je moet '];

const CLIENT =
  'Hoi, sinds de geboorte van onze zoon slaap ik nauwelijks en ik merk dat ik snel geïrriteerd raak op mijn werk als ' +
  'administratief medewerker. Mijn partner werkt in ploegendiensten, dus de avonden sta ik er vaak alleen voor. Ik voel me ' +
  'schuldig als ik kortaf ben tegen de baby, terwijl ik zo graag een geduldige moeder wil zijn. Vorige week ben ik in de ' +
  'supermarkt in tranen uitgebarsten. Ik weet niet goed waar ik moet beginnen. Groetjes, Noortje';

const PARAGRAPHS = [
  'Beste Noortje,',
  'Wat knap dat je, midden in al die gebroken nachten, de tijd neemt om zo eerlijk op te schrijven hoe het met je gaat. ' +
    'Je beschrijft heel precies wat er thuis en op je werk gebeurt, en dat helpt ons allebei.',
  'Je schrijft dat je je schuldig voelt als je kortaf bent tegen de baby, terwijl je zo graag een geduldige moeder wilt zijn. ' +
    'Ik kan me indenken dat dat pijn doet, en dat het moment in de supermarkt, toen je in tranen uitbarstte, je flink ' +
    'heeft geraakt. Het klinkt alsof je op dit moment heel moe bent en veel alleen draagt, zeker op de avonden dat je partner ' +
    'in ploegendiensten werkt. Dat is zwaar, en het is begrijpelijk dat je dan sneller geïrriteerd raakt.',
  'We kunnen op verschillende manieren verder. We kunnen eerst kijken naar meer rust en slaap voor jezelf, of juist naar de ' +
    'avonden waarop je er alleen voor staat. Een derde mogelijkheid is dat we stilstaan bij dat schuldgevoel. ' +
    'Waar wil jij mee beginnen? Er is geen goede of foute keuze: jij weet het beste wat nu het meest nodig is.',
  'Wat de afspraken betreft: op elk bericht van jou antwoord ik binnen twee werkdagen, en we mailen ongeveer eens per week. ' +
    'Lukt het een keer niet om te schrijven, dan is een paar zinnen ook helemaal goed. Als ik zelf meer tijd nodig heb, laat ' +
    'ik je dat op tijd weten, met de dag waarop je wel iets van me hoort.',
  'Omdat we elkaar alleen via berichten spreken, ben ik ook benieuwd hoe dit voor je is. Hoe bevalt het je om ' +
    'schriftelijk, via dit platform, over zoiets persoonlijks te vertellen? En wat zou je helpen om het schrijven zo licht mogelijk te houden, ' +
    'naast alles wat er thuis al van je gevraagd wordt?',
  'Hartelijke groet,\nMarloes',
];
const REPLY = PARAGRAPHS.join('\n\n');

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function timeJudge(): { median: number; p95: number; words: number } {
  // As on the exercise page: one judge per exercise (the client's message analysed once), called per pause in typing.
  const judgeReply = prepareJudge({ clientMessage: CLIENT, clientName: 'Noortje', coachName: 'Marloes', criteria: [...CRITERION_IDS] });
  for (let i = 0; i < WARM_UP; i++) judgeReply(REPLY);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    judgeReply(REPLY);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), words: words(REPLY) };
}

/** Median time to judge a long, repetitive text on all criteria. */
function timeLong(unit: string, chars: number): number {
  const reply = unit.repeat(Math.ceil(chars / unit.length));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    judge({ reply, criteria: [...CRITERION_IDS] });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

/** Bundles the engine like a browser build would. */
export async function bundleSize(): Promise<{ raw: number; gzip: number }> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [resolve(ROOT, 'src/lib/feedback/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles?.[0]?.contents;
  if (!code) throw new Error('esbuild wrote no output');
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchFeedback(): Promise<Array<{ label: string; value: string }>> {
  const timing = timeJudge();
  const rows = [
    { label: `judge a ${timing.words}-word reply on all ${CRITERION_IDS.length} criteria, median (target < 2 ms)`, value: `${timing.median.toFixed(2)} ms` },
    { label: `judge a ${timing.words}-word reply, p95 over ${RUNS} runs`, value: `${timing.p95.toFixed(2)} ms` },
  ];
  for (const unit of WORST) {
    const [one, ten, hundred] = [1_000, 10_000, 100_000].map((chars) => timeLong(unit, chars)) as [number, number, number];
    rows.push({
      label: `${JSON.stringify(unit)} repeated: 1k / 10k / 100k chars (100k/10k target ≤ 12×)`,
      value: `${one.toFixed(1)} / ${ten.toFixed(1)} / ${hundred.toFixed(1)} ms (${(hundred / ten).toFixed(1)}×)`,
    });
  }
  try {
    const size = await bundleSize();
    rows.push({ label: 'engine for the browser, minified', value: kb(size.raw) });
    rows.push({ label: 'engine for the browser, gzip', value: kb(size.gzip) });
  } catch (error) {
    rows.push({ label: 'engine bundle', value: `not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` });
  }
  rows.push(...agreementRows('corpus test part', corpusTestCases()));
  if (existsSync(CALIBRATION)) rows.push(...agreementRows('calibration (../shared)', loadCases(CALIBRATION)));
  else rows.push({ label: 'calibration (../shared)', value: 'not measured: ../shared/feedback-calibration/cases.json is not beside this clone' });
  return rows;
}

function corpusTestCases(): LabelledCase[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => f.startsWith('test-') && f.endsWith('.json'))
    .flatMap((f) => loadCases(resolve(CORPUS, f)));
}

/** One row per criterion: agreement with the human labels (met = true). */
function agreementRows(title: string, cases: LabelledCase[]): Array<{ label: string; value: string }> {
  if (cases.length === 0) return [{ label: title, value: 'no cases' }];
  const contract = new Set<string>(CONTRACT_CRITERION_IDS);
  return agreement(cases).map((row) => ({
    label: `agreement, ${title} (${cases.length} replies): ${row.criterion}${contract.has(row.criterion) ? '' : ' (further)'}`,
    value: `${percent(row)} (${row.agree}/${row.total})`,
  }));
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
async function main(): Promise<void> {
  const rows = await benchFeedback();
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log('Feedback engine');
  for (const row of rows) console.log(`  ${row.label.padEnd(width)}  ${row.value}`);
}

if (isMain) void main();
