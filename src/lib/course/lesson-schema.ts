import { z } from 'astro/zod';
import { MODULE_IDS } from './modules.ts';

/** The front matter of a lesson (MDX) — used by the content collection and `npm run check`. */
export const lessonSchema = z.strictObject({
  title: z.string().trim().min(3).describe('Titel van de les.'),
  summary: z.string().trim().min(10).describe('Samenvatting in één of twee zinnen.'),
  module: z.enum(MODULE_IDS).describe('De module waar de les bij hoort.'),
  order: z.number().int().positive().describe('Volgorde in de cursus, alleen om te sorteren (10, 20, 30, …; laat ruimte om lessen tussen te voegen). Wordt niet getoond: lessen worden op hun plaats genummerd.'),
  minutes: z.number().int().min(1).max(30).describe('Leestijd in minuten.'),
  goals: z.array(z.string().trim().min(3)).min(1).describe('Leerdoelen, als lijst.'),
});

export type LessonFrontMatter = z.infer<typeof lessonSchema>;
