import { z } from 'astro/zod';

/**
 * One entry of the glossary (`src/content/glossary.yaml`, shown on `/begrippen/`).
 * `lesson` is how a lesson is named: `reference('lessons')` in the content
 * collection, a plain slug for `npm run check` (which checks that it exists).
 */
export function glossaryEntrySchema<L extends z.ZodType>(lesson: L) {
  return z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes').describe('Anker op /begrippen/, gebruikt in <Begrip id="…">.'),
    term: z.string().trim().min(1).describe('Het begrip zoals het op de pagina staat.'),
    definition: z.string().trim().min(40).describe('Uitleg in één tot drie zinnen, in eigen woorden.'),
    lessons: z.array(lesson).min(1).describe('Slugs van de lessen die het begrip uitleggen.'),
  });
}

export type GlossaryEntry = z.output<ReturnType<typeof glossaryEntrySchema<z.ZodString>>>;
