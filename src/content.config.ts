import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/course/lesson-schema.ts';
import { exerciseSchema } from './lib/exercises/schema.ts';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/lessons' }),
  schema: lessonSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './exercises' }),
  schema: exerciseSchema,
});

export const collections = { lessons, exercises };
