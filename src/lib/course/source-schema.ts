import { z } from 'astro/zod';

/**
 * One source the course draws on (`src/content/sources.yaml`, shown on
 * `/bronnen/` in the file's order, APA-like). `lesson` is how a lesson is
 * named: `reference('lessons')` in the content collection, a plain slug for
 * `npm run check` (which checks that it exists).
 */
export function sourceSchema<L extends z.ZodType>(lesson: L) {
  return z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'),
    /** How lessons refer to the source in running text, e.g. "Ribbers & Waringa (2012)". */
    cite: z.string().trim().min(1),
    /** Authors in reference style, e.g. "Ribbers, A., & Waringa, A."; empty when unknown. */
    authors: z.string().trim(),
    /** Year of publication, or "z.d." (zonder datum) when none is given. */
    year: z.string().regex(/^(\d{4}|z\.d\.)$/, 'een jaartal of z.d.'),
    title: z.string().trim().min(1),
    /** Books are set in italics; an article without a known container is not. */
    italicTitle: z.boolean(),
    /** A description in square brackets right after the title, e.g. "Artikel". */
    descriptor: z.string().trim().min(1).optional(),
    /** What follows the title: place and publisher. */
    details: z.string().trim().min(1).optional(),
    /** One or two Dutch sentences on what the course takes from the source. */
    about: z.string().trim().min(1),
    /** Lesson slugs that draw on this source. */
    lessons: z.array(lesson).min(1),
  });
}

export type Source = z.output<ReturnType<typeof sourceSchema<z.ZodString>>>;
