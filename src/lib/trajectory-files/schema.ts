import { z } from 'astro/zod';
import { criterionRefSchema } from '../exercise-files/schema.ts';
import { CHANNELS, PHASES } from './phases.ts';

export { CHANNELS, PHASES, type Channel, type Phase } from './phases.ts';

/**
 * The format of a trajectory file in `trajectories/`: one client, one coach and
 * the client's messages step by step, from the intake to the farewell. This one
 * schema is used by the content collection, by `npm run check`, by the build-time
 * validation and by the `feedback` command line (`{"trajectory", "step", "reply"}`).
 * The field names `id, title, client{name, form}, coach{name}, channel` and
 * `steps[{phase, focus, message, criteria, modelReply, weakReply}]` are a contract:
 * outside checks read them. Zod's own messages are in Dutch where it is parsed
 * with `inDutch` (`../content/in-dutch.ts`).
 */

const text = (what: string) => z.string({ error: `${what} ontbreekt of is geen tekst` }).trim().min(1, `${what} is leeg`);

/** Fewest and most steps a trajectory file may have. */
export const STEP_LIMITS = { min: 5, max: 12 } as const;

export const DEFAULT_REFLECTION =
  'Kijk terug op het hele traject: waar merkte je dat de klik groeide, en wat zou je nu anders schrijven?';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes');

export const trajectoryStepSchema = z
  .strictObject({
    phase: z
      .enum(PHASES, { error: (issue) => `onbekende fase ${JSON.stringify(issue.input)}; kies uit: ${PHASES.join(', ')}` })
      .describe('De fase van deze stap: intake, begeleiding of afsluiting.'),
    focus: text('focus').describe('Waar deze stap om draait, als opdracht aan de cursist ("Maak afspraken over het contact").'),
    when: text('when').optional().describe('Wanneer het bericht komt, als dat ertoe doet ("Drie weken later").'),
    message: text('message').describe('Het bericht van de cliënt bij deze stap.'),
    criteria: z
      .array(criterionRefSchema)
      .min(1, 'noem minstens één criterium')
      .describe('Criteria die de feedback bij deze stap controleert, zoals bij oefeningen: een id of een object met id, hint en weight.'),
    modelReply: text('modelReply').describe('Een goed antwoord van de coach; voldoet aan alle criteria van de stap.'),
    weakReply: text('weakReply').describe('Een aannemelijk zwak antwoord dat minstens twee criteria mist (voor de tests).'),
    reflection: text('reflection').optional().describe('Een reflectievraag bij deze stap, getoond nadat de cursist het antwoord heeft verstuurd.'),
  })
  .superRefine((step, ctx) => {
    const seen = new Set<string>();
    step.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i], message: `criterium ${c.id} staat er twee keer in` });
      if (c.maxWords !== undefined && c.id !== 'length') ctx.addIssue({ code: 'custom', path: ['criteria', i, 'maxWords'], message: 'maxWords hoort alleen bij het criterium length' });
      seen.add(c.id);
    });
  });

/**
 * A trajectory file; `lesson` is how one lesson is named in `lessons`: the
 * content collection passes `reference('lessons')`, so Astro checks the links
 * itself; the command line and `npm run check` use `trajectorySchema` (plain
 * slugs, checked against the lessons' ids in `src/lib/content/load-content.ts`).
 */
export const trajectorySchemaFor = <L extends z.ZodType>(lesson: L) => z
  .strictObject({
    id: slug.describe('Unieke naam, gelijk aan de bestandsnaam zonder .yaml.'),
    title: text('title').describe('Titel van het traject.'),
    situation: text('situation').describe('Korte schets van de cliënt en de situatie, getoond in de lijst en boven het traject.'),
    theme: text('theme').optional().describe('Het thema in een paar woorden ("podiumangst", "rouw"); de zoekfunctie vindt het.'),
    lessons: z.array(lesson).optional().describe('Slugs van de lessen waar het traject bij hoort (bestaande lessen).'),
    client: z
      .strictObject({
        name: text('client.name').describe('Naam van de cliënt.'),
        form: z.enum(['je', 'u']).default('je').describe('Spreek je de cliënt aan met je of met u?'),
      })
      .describe('De cliënt: naam en aanspreekvorm.'),
    coach: z.strictObject({ name: text('coach.name').describe('Naam van de coach.') }).describe('De coach die de antwoorden schrijft.'),
    channel: z
      .enum(CHANNELS, { error: (issue) => `onbekend kanaal ${JSON.stringify(issue.input)}; kies uit: ${CHANNELS.join(', ')}` })
      .describe('mail: een mailwisseling; chat: korte beurten in een chat.'),
    steps: z
      .array(trajectoryStepSchema)
      .min(STEP_LIMITS.min, `een traject heeft minstens ${STEP_LIMITS.min} stappen`)
      .max(STEP_LIMITS.max, `een traject heeft hoogstens ${STEP_LIMITS.max} stappen`)
      .describe('De stappen van het traject, in volgorde: bij elke stap een bericht van de cliënt en het antwoord van de coach.'),
    reflection: text('reflection').optional().describe('Reflectievraag aan het eind van het traject. Zonder: de reflectievraag van de laatste stap, anders een algemene vraag.'),
  })
  .superRefine((value, ctx) => {
    let highest = 0;
    value.steps.forEach((step, i) => {
      const rank = PHASES.indexOf(step.phase);
      if (rank < highest) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'phase'], message: `fase ${step.phase} na ${PHASES[highest]}: de fasen volgen elkaar op (intake, begeleiding, afsluiting)` });
      }
      highest = Math.max(highest, rank);
    });
    const phases = new Set(value.steps.map((step) => step.phase));
    const absent = PHASES.filter((phase) => !phases.has(phase));
    if (absent.length > 0 && value.steps.length >= STEP_LIMITS.min) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `elke fase komt aan bod; ontbreekt: ${absent.join(', ')}` });
    }
    const seen = new Set<string>();
    (value.lessons ?? []).forEach((named: unknown, i) => {
      const id = lessonId(named);
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['lessons', i], message: `les ${id} staat er twee keer in` });
      seen.add(id);
    });
  });

/** A lesson as named after parsing: a slug, or Astro's reference `{ id, collection }`. */
function lessonId(named: unknown): string {
  return typeof named === 'object' && named !== null && 'id' in named ? String(named.id) : String(named);
}

/** Trajectories with lessons named by slug: for the command line, `npm run check` and the docs. */
export const trajectorySchema = trajectorySchemaFor(slug);

/** The question the summary at the end asks: the trajectory's own, the last step's, or a general one. */
export function finalReflection(trajectory: Pick<Trajectory, 'reflection' | 'steps'>): string {
  return trajectory.reflection ?? trajectory.steps.at(-1)?.reflection ?? DEFAULT_REFLECTION;
}

export type TrajectoryInput = z.input<typeof trajectorySchema>;
export type Trajectory = z.output<typeof trajectorySchema>;
export type TrajectoryStep = Trajectory['steps'][number];
