import { z } from 'astro/zod';

/**
 * Zod's own messages in Dutch, for every parse whose problems a trainer reads
 * (`schema.safeParse(data, inDutch)`). Zod's language is never set for the
 * whole process, so importing a schema changes nothing elsewhere.
 */
export const inDutch = { error: z.locales.nl().localeError };
