import { z } from 'astro/zod';
import { CRITERION_IDS } from '../feedback/ids.ts';

/**
 * The format of an exercise file in `exercises/`. This one schema is used by the
 * content collection, by `npm run check`, by the build-time validation and by the
 * `feedback` command line, so the format cannot drift between them. How an
 * exercise names its lesson is injected (`exerciseSchemasFor`): the content
 * collection passes `reference('lessons')`, so Astro checks the link itself;
 * the command line and `npm run check`, which have no Astro, use the plain
 * slug schema below and check the slug against the lessons' ids
 * (`src/lib/content/load-content.ts`). Zod's own messages are in Dutch where it
 * is parsed with `inDutch` (`../content/in-dutch.ts`).
 */

const text = (what: string) => z.string({ error: `${what} ontbreekt of is geen tekst` }).trim().min(1, `${what} is leeg`);

export const criterionIdSchema = z.enum(CRITERION_IDS, {
  error: (issue) =>
    `onbekend criterium ${JSON.stringify(issue.input)}; kies uit: ${CRITERION_IDS.join(', ')}`,
});

/** A criterion of an exercise: a bare id (`- salutation`) or `{ id, hint?, weight?, maxWords? }`. */
export const criterionRefSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { id: value } : value),
  z.strictObject({
    id: criterionIdSchema.describe('Id van het criterium (zie de lijst met criteria).'),
    hint: text('hint').optional().describe('Extra tip in het Nederlands, getoond bij dit criterium.'),
    weight: z.number().positive().max(5).default(1).describe('Gewicht, groter dan 0 en hoogstens 5.'),
    maxWords: z.number().int().min(10).optional().describe('Alleen bij length: hoogste aantal woorden voor het antwoord.'),
  }),
);

/** The kinds of exercise in which the trainee writes a message that the feedback engine judges. */
export const WRITING_KINDS = ['rewrite', 'reply', 'intake-agreements'] as const;
/** Every kind of exercise: the writing kinds and `best-reply` (choose the best of three replies; nothing to judge). */
export const EXERCISE_KINDS = [...WRITING_KINDS, 'best-reply'] as const;
export const DIFFICULTIES = ['basis', 'gevorderd', 'uitdagend'] as const;

/** How coach and client write to each other: e-mail, a live chat, or messages on a secure platform. */
export const CHANNELS = ['mail', 'chat', 'platform'] as const;

/** The kind of beginner's mistake a rewrite draft shows, so a course can vary them. */
export const DRAFT_FAULTS = [
  'zakelijk',
  'te-lang',
  'te-veel-vragen',
  'redden',
  'invullen',
  'overdreven-lof',
  'napraten',
  'te-informeel',
  'vaktaal',
  'wegwuiven',
] as const;

/** A lesson named by its slug (the file name without `.mdx`): how the command line and `npm run check` read `lesson`. */
export const lessonSlugSchema = text('lesson');

/** The fields every kind of exercise has, in this order; `lesson` is how a lesson is named. */
const commonFields = <L extends z.ZodType>(lesson: L) => ({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes')
    .describe('Unieke naam, gelijk aan de bestandsnaam zonder .yaml.'),
  title: text('title').describe('Titel van de oefening.'),
  lesson: lesson.describe('Slug van de les waar de oefening bij hoort.'),
});
const settingFields = {
  difficulty: z.enum(DIFFICULTIES).default('basis').describe('basis, gevorderd of uitdagend.'),
  channel: z
    .enum(CHANNELS, { error: (issue) => `${issue.input === undefined ? 'ontbreekt' : `onbekend kanaal ${JSON.stringify(issue.input)}`}; kies uit: ${CHANNELS.join(', ')}` })
    .describe('Hoe coach en cliënt schrijven: mail (e-mail), chat (live chat) of platform (berichten op een beveiligd platform). Staat bij de situatie, samen met de aanspreekvorm.'),
  situation: text('situation').describe('Korte schets van de situatie.'),
  client: z
    .strictObject({
      name: text('client.name').describe('Naam van de cliënt.'),
      message: text('client.message').describe('Het bericht van de cliënt.'),
      form: z.enum(['je', 'u']).default('je').describe('Spreek je de cliënt aan met je of met u?'),
    })
    .describe('De cliënt: naam, bericht en aanspreekvorm.'),
};

/** An exercise in which the trainee writes (or rewrites) a message, judged by the feedback engine; `lesson` names its lesson. */
export const writingExerciseSchemaFor = <L extends z.ZodType>(lesson: L) => z
  .strictObject({
    ...commonFields(lesson),
    kind: z.enum(WRITING_KINDS).describe('rewrite: herschrijf een conceptbericht; reply: beantwoord de cliënt; intake-agreements: schrijf afspraken voor een eerste contact; best-reply: kies de beste van drie reacties (een oefening met eigen velden, zie “Kies de beste reactie”).'),
    ...settingFields,
    coach: z.strictObject({ name: text('coach.name').describe('Naam van de coach.') }).describe('De coach die het antwoord schrijft.'),
    draft: text('draft').optional().describe('Het zwakke conceptbericht (verplicht bij rewrite).'),
    draftFault: z
      .enum(DRAFT_FAULTS, { error: (issue) => `onbekende soort fout ${JSON.stringify(issue.input)}; kies uit: ${DRAFT_FAULTS.join(', ')}` })
      .optional()
      .describe(
        'Alleen bij een draft: de fout die het concept vooral laat zien. zakelijk: kortaf zakelijke mail; te-lang: veel te lang; te-veel-vragen: een rij vragen; redden: redden en ongevraagd advies; invullen: overinterpreteren; overdreven-lof: suikerzoete of overdreven lof; napraten: woorden van de cliënt mechanisch herhalen; te-informeel: te amicaal; vaktaal: jargon; wegwuiven: gevoel wegwuiven of vaag geruststellen.',
      ),
    task: text('task').describe('De opdracht voor de cursist.'),
    criteria: z.array(criterionRefSchema).min(1, 'noem minstens één criterium').describe('Criteria die de feedback controleert: een id (- salutation) of een object met id, hint en weight.'),
    modelAnswer: text('modelAnswer').describe('Een goed voorbeeldantwoord, getoond na een eerste poging.'),
    reflection: text('reflection').describe('Reflectievraag na afloop.'),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'rewrite' && !value.draft) {
      ctx.addIssue({ code: 'custom', path: ['draft'], message: 'een rewrite-oefening heeft een draft nodig' });
    }
    if (value.draftFault && !value.draft) {
      ctx.addIssue({ code: 'custom', path: ['draftFault'], message: 'draftFault hoort bij een draft; deze oefening heeft geen draft' });
    }
    const seen = new Set<string>();
    value.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i], message: `criterium ${c.id} staat er twee keer in` });
      if (c.maxWords !== undefined && c.id !== 'length') ctx.addIssue({ code: 'custom', path: ['criteria', i, 'maxWords'], message: 'maxWords hoort alleen bij het criterium length' });
      seen.add(c.id);
    });
  });

/** The number of replies a best-reply exercise offers. */
export const BEST_REPLY_OPTION_COUNT = 3;

/** One of the three replies of a best-reply exercise. */
export const bestReplyOptionSchema = z.strictObject(
  {
    text: text('text').describe('De reactie van de coach, kort (een paar zinnen).'),
    best: z
      .boolean({ error: 'moet true of false zijn' })
      .default(false)
      .describe('true bij de beste reactie (precies één van de drie).'),
    explanation: text('explanation').describe('Waarom deze reactie wel of niet goed past: twee of drie zinnen, getoond na de keuze.'),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'een optie is een object met text, best en explanation' : undefined) },
);

/**
 * "Kies de beste reactie": three short replies to one client message; the
 * trainee picks one and reads an explanation of each. Nothing for the engine
 * to judge, so no task to write, criteria, draft or model answer.
 */
export const bestReplyExerciseSchemaFor = <L extends z.ZodType>(lesson: L) => z
  .strictObject({
    ...commonFields(lesson),
    kind: z.literal('best-reply').describe('best-reply: kies de beste van drie reacties.'),
    ...settingFields,
    coach: z.strictObject({ name: text('coach.name').describe('Naam van de coach.') }).describe('De coach van wie de drie reacties zijn.'),
    question: text('question')
      .default('Welke reactie past het best bij dit bericht?')
      .describe('De vraag boven de drie reacties.'),
    options: z
      .array(bestReplyOptionSchema, { error: `ontbreekt of is geen lijst; geef precies ${BEST_REPLY_OPTION_COUNT} opties` })
      .describe(`Precies ${BEST_REPLY_OPTION_COUNT} korte reacties, in de volgorde waarin de cursist ze ziet; precies één heeft best: true.`),
  })
  .superRefine((value, ctx) => {
    const count = value.options.length;
    if (count !== BEST_REPLY_OPTION_COUNT) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `geef precies ${BEST_REPLY_OPTION_COUNT} opties; nu ${count}` });
    }
    const best = value.options.filter((o) => o.best).length;
    if (best !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `precies één optie heeft best: true; nu ${best === 0 ? 'geen' : best}` });
    }
    const seen = new Map<string, number>();
    value.options.forEach((o, i) => {
      const key = o.text.replace(/\s+/g, ' ').toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: `dezelfde tekst als optie ${earlier + 1}` });
      else seen.set(key, i);
    });
  });

/**
 * Any exercise file: a writing exercise or a best-reply exercise, told apart by
 * `kind`. Writing exercises keep their own checks unchanged.
 */
export const exerciseFileSchemaFor = <L extends z.ZodType>(lesson: L) => z.discriminatedUnion('kind', [writingExerciseSchemaFor(lesson), bestReplyExerciseSchemaFor(lesson)], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? (() => {
          const kind = (issue.input as { kind?: unknown } | null | undefined)?.kind;
          return `${kind === undefined ? 'ontbreekt' : `onbekende soort ${JSON.stringify(kind)}`}; kies uit: ${EXERCISE_KINDS.join(', ')}`;
        })()
      : undefined,
});

/** The schemas with the lesson named by its slug: for the command line, `npm run check` and the docs. */
export const writingExerciseSchema = writingExerciseSchemaFor(lessonSlugSchema);
export const bestReplyExerciseSchema = bestReplyExerciseSchemaFor(lessonSlugSchema);
export const exerciseFileSchema = exerciseFileSchemaFor(lessonSlugSchema);

/** The schema of a writing exercise, under its older name. */
export const exerciseSchema = writingExerciseSchema;

export type ExerciseInput = z.input<typeof exerciseFileSchema>;
/** A writing exercise (rewrite, reply, intake-agreements): what the feedback engine judges. */
export type Exercise = z.output<typeof writingExerciseSchema>;
export type BestReplyExercise = z.output<typeof bestReplyExerciseSchema>;
export type BestReplyOption = BestReplyExercise['options'][number];
/** Any exercise file's content. */
export type AnyExercise = z.output<typeof exerciseFileSchema>;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
export type WritingKind = (typeof WRITING_KINDS)[number];

export function isBestReply(exercise: AnyExercise): exercise is BestReplyExercise {
  return exercise.kind === 'best-reply';
}
export type Channel = (typeof CHANNELS)[number];
export type DraftFault = (typeof DRAFT_FAULTS)[number];
