import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { MODULE_IDS } from './lib/course/modules.ts';
import { exerciseSchema } from './lib/exercises/schema.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/lessons' }),
  schema: z.strictObject({
    title: z.string().min(3),
    summary: z.string().min(10),
    module: z.enum(MODULE_IDS),
    order: z.number().int().positive(),
    minutes: z.number().int().min(1).max(30),
    goals: z.array(z.string().min(3)).min(1),
  }),
});

const exercises = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './exercises' }),
  schema: exerciseSchema,
});

export const collections = { lessons, exercises };
