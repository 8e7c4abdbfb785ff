/**
 * Command line for the feedback engine (contract: ../shared/feedback-criteria.md).
 *
 *   echo '{"reply":"Beste Sanne, …","clientName":"Sanne"}' | npm run --silent feedback
 *   npm run --silent feedback -- --batch < cases.json
 *   echo '{"trajectory":"<id>","step":3,"reply":"…"}' | npm run --silent feedback
 *
 * Reads one JSON object (or, with --batch, an array of them) on standard input
 * and writes the judgement as JSON on standard output. Bad input exits with
 * status 1 and one line on standard error, and writes nothing to standard output.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judge, isCriterionId, type CriterionId, type JudgeInput } from '../src/lib/feedback/index.ts';

/** The course whose exercises and trajectories are read: this checkout, or `KLIK_ROOT` (used by the tests). */
const ROOT = process.env['KLIK_ROOT'] ? resolve(process.env['KLIK_ROOT']) : resolve(dirname(fileURLToPath(import.meta.url)), '..');

class InputError extends Error {}

type Output = {
  criteria: Array<{ id: CriterionId; label: string; status: string; messageId: string; message: string; spans: Array<{ start: number; end: number }>; hint?: string }>;
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function optionalString(value: unknown, field: string, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError(`${where}"${field}" moet tekst zijn`);
  return value;
}

function criteriaOf(value: unknown, where: string): CriterionId[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new InputError(`${where}"criteria" moet een lijst met criterium-id's zijn`);
  return value.map((item) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : item;
    if (!isCriterionId(id)) throw new InputError(`${where}onbekend criterium ${JSON.stringify(id)}`);
    return id;
  });
}

interface ExerciseFields {
  input: Partial<JudgeInput>;
  hints: Map<CriterionId, string>;
}

async function exerciseFields(id: string, where: string): Promise<ExerciseFields> {
  const { loadAnyExercise } = await import('../src/lib/exercise-files/load-node.ts');
  let exercise;
  try {
    exercise = loadAnyExercise(ROOT, id);
  } catch (error) {
    throw new InputError(`${where}oefening ${JSON.stringify(id)} is ongeldig: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!exercise) throw new InputError(`${where}onbekende oefening ${JSON.stringify(id)}`);
  if (exercise.kind === 'best-reply') {
    throw new InputError(`${where}oefening ${JSON.stringify(id)} is een "Kies de beste reactie"-oefening: de cursist kiest een van drie reacties, er is geen tekst om te beoordelen`);
  }
  const hints = new Map<CriterionId, string>();
  for (const ref of exercise.criteria) if (ref.hint) hints.set(ref.id, ref.hint);
  const maxWords = exercise.criteria.find((ref) => ref.id === 'length')?.maxWords;
  return {
    input: {
      clientMessage: exercise.client.message,
      clientName: exercise.client.name,
      coachName: exercise.coach.name,
      form: exercise.client.form,
      criteria: exercise.criteria.map((ref) => ref.id),
      ...(maxWords ? { options: { length: { maxWords } } } : {}),
    },
    hints,
  };
}

/** `{"trajectory": "<id>", "step": n}`: that step's client message (and the client's earlier ones), the trajectory's names and form, the step's criteria. */
async function trajectoryFields(id: string, stepValue: unknown, where: string): Promise<ExerciseFields> {
  if (typeof stepValue !== 'number' || !Number.isInteger(stepValue) || stepValue < 1) {
    throw new InputError(`${where}"step" ${stepValue === undefined ? 'ontbreekt' : 'moet een heel getal vanaf 1 zijn'} (het nummer van de stap in het traject)`);
  }
  const { loadTrajectory } = await import('../src/lib/trajectory-files/load-node.ts');
  const { earlierMessages, stepAt, stepJudgeInput } = await import('../src/lib/trajectory-files/step.ts');
  let trajectory;
  try {
    trajectory = loadTrajectory(ROOT, id);
  } catch (error) {
    throw new InputError(`${where}traject ${JSON.stringify(id)} is ongeldig: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!trajectory) throw new InputError(`${where}onbekend traject ${JSON.stringify(id)}`);
  const step = stepAt(trajectory, stepValue);
  if (!step) throw new InputError(`${where}traject ${JSON.stringify(id)} heeft geen stap ${stepValue}; kies 1 tot en met ${trajectory.steps.length}`);
  const hints = new Map<CriterionId, string>();
  for (const ref of step.criteria) if (ref.hint) hints.set(ref.id, ref.hint);
  const { reply: _reply, ...input } = stepJudgeInput(trajectory, step, '', earlierMessages(trajectory.steps, stepValue));
  return { input, hints };
}

async function toJudgeInput(raw: unknown, where: string): Promise<{ input: JudgeInput; hints: Map<CriterionId, string> }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${where}verwacht een JSON-object`);
  const data = raw as Record<string, unknown>;
  if (typeof data['reply'] !== 'string') {
    throw new InputError(`${where}${'reply' in data ? '"reply" moet tekst zijn' : '"reply" ontbreekt'}`);
  }
  const exerciseId = optionalString(data['exercise'], 'exercise', where);
  const trajectoryId = optionalString(data['trajectory'], 'trajectory', where);
  if (exerciseId !== undefined && trajectoryId !== undefined) throw new InputError(`${where}noem een oefening of een traject, niet allebei`);
  if (trajectoryId === undefined && data['step'] !== undefined && data['step'] !== null) throw new InputError(`${where}"step" hoort bij "trajectory"`);
  const fromExercise =
    exerciseId !== undefined
      ? await exerciseFields(exerciseId, where)
      : trajectoryId !== undefined
        ? await trajectoryFields(trajectoryId, data['step'], where)
        : { input: {}, hints: new Map<CriterionId, string>() };
  const form = data['form'];
  if (form !== undefined && form !== null && form !== 'je' && form !== 'u') throw new InputError(`${where}"form" moet "je" of "u" zijn`);
  const explicit: Partial<JudgeInput> = {
    clientMessage: optionalString(data['clientMessage'], 'clientMessage', where),
    clientName: optionalString(data['clientName'], 'clientName', where),
    coachName: optionalString(data['coachName'], 'coachName', where),
    form: form === 'je' || form === 'u' ? form : undefined,
    criteria: criteriaOf(data['criteria'], where),
  };
  const input: JudgeInput = { ...fromExercise.input, reply: data['reply'] };
  for (const [key, value] of Object.entries(explicit)) {
    if (value !== undefined) (input as unknown as Record<string, unknown>)[key] = value;
  }
  return { input, hints: fromExercise.hints };
}

function run(input: JudgeInput, hints: Map<CriterionId, string>): Output {
  const result = judge(input);
  return {
    criteria: result.criteria.map((c) => {
      const hint = hints.get(c.id);
      return { id: c.id, label: c.label, status: c.status, messageId: c.messageId, message: c.message, spans: c.spans, ...(hint ? { hint } : {}) };
    }),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--batch');
  if (unknown.length) throw new InputError(`onbekende optie ${unknown[0]}; gebruik alleen --batch`);
  const batch = args.includes('--batch');
  const text = await readStdin();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invoer is geen geldige JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (batch) {
    if (!Array.isArray(data)) throw new InputError('met --batch verwacht ik een JSON-lijst (array) met invoerobjecten');
    const prepared = [];
    for (let i = 0; i < data.length; i++) prepared.push(await toJudgeInput(data[i], `invoer ${i}: `));
    process.stdout.write(`${JSON.stringify(prepared.map((p) => run(p.input, p.hints)))}\n`);
    return;
  }
  const { input, hints } = await toJudgeInput(data, '');
  process.stdout.write(`${JSON.stringify(run(input, hints))}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`feedback: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exitCode = error instanceof InputError ? 1 : 2;
});
