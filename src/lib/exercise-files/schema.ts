import { z } from 'astro/zod';
import { CRITERION_IDS } from '../feedback/ids.ts';

/**
 * The format of an exercise file in `exercises/`. This one schema is used by the
 * content collection, by `npm run check`, by the build-time validation and by the
 * `feedback` command line, so the format cannot drift between them. Zod's own
 * messages are in Dutch where it is parsed with `inDutch` (`../content/in-dutch.ts`).
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

export const EXERCISE_KINDS = ['rewrite', 'reply', 'intake-agreements'] as const;
export const DIFFICULTIES = ['basis', 'gevorderd', 'uitdagend'] as const;

export const exerciseSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes')
      .describe('Unieke naam, gelijk aan de bestandsnaam zonder .yaml.'),
    title: text('title').describe('Titel van de oefening.'),
    lesson: text('lesson').describe('Slug van de les waar de oefening bij hoort.'),
    kind: z.enum(EXERCISE_KINDS).describe('rewrite: herschrijf een conceptbericht; reply: beantwoord de cliënt; intake-agreements: schrijf afspraken voor een eerste contact.'),
    difficulty: z.enum(DIFFICULTIES).default('basis').describe('basis, gevorderd of uitdagend.'),
    situation: text('situation').describe('Korte schets van de situatie.'),
    client: z
      .strictObject({
        name: text('client.name').describe('Naam van de cliënt.'),
        message: text('client.message').describe('Het bericht van de cliënt.'),
        form: z.enum(['je', 'u']).default('je').describe('Spreek je de cliënt aan met je of met u?'),
      })
      .describe('De cliënt: naam, bericht en aanspreekvorm.'),
    coach: z.strictObject({ name: text('coach.name').describe('Naam van de coach.') }).describe('De coach die het antwoord schrijft.'),
    draft: text('draft').optional().describe('Het zwakke conceptbericht (verplicht bij rewrite).'),
    task: text('task').describe('De opdracht voor de cursist.'),
    criteria: z.array(criterionRefSchema).min(1, 'noem minstens één criterium').describe('Criteria die de feedback controleert: een id (- salutation) of een object met id, hint en weight.'),
    modelAnswer: text('modelAnswer').describe('Een goed voorbeeldantwoord, getoond na een eerste poging.'),
    reflection: text('reflection').describe('Reflectievraag na afloop.'),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'rewrite' && !value.draft) {
      ctx.addIssue({ code: 'custom', path: ['draft'], message: 'een rewrite-oefening heeft een draft nodig' });
    }
    const seen = new Set<string>();
    value.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i], message: `criterium ${c.id} staat er twee keer in` });
      if (c.maxWords !== undefined && c.id !== 'length') ctx.addIssue({ code: 'custom', path: ['criteria', i, 'maxWords'], message: 'maxWords hoort alleen bij het criterium length' });
      seen.add(c.id);
    });
  });

export type ExerciseInput = z.input<typeof exerciseSchema>;
export type Exercise = z.output<typeof exerciseSchema>;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
