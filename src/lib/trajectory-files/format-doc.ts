import { exampleMarkdown, fieldsMarkdown, schemaFields, type FieldDoc } from '../exercise-files/format-doc.ts';
import { PHASES } from './schema.ts';
import { trajectorySchema } from './schema.ts';

/**
 * The trajectory file format described from the schema itself, so the trainer
 * documentation (README, `npm run docs`) cannot drift from what the build accepts.
 */

/** The trajectory that serves as the complete example in the trainer documentation. */
export const EXAMPLE_TRAJECTORY = 'tests/fixtures/trajectories/proef-traject-noor.yaml';

export function trajectoryFields(): FieldDoc[] {
  return schemaFields(trajectorySchema);
}

/** The "Writing trajectories" reference for the README (criteria: see the exercise table). */
export function trajectoryDocsMarkdown(exampleYaml: string): string {
  return [
    '### Fields',
    '',
    'The criteria of a step are those of the exercises (see the table of criteria above), written the same way.',
    `A trajectory has at least 5 steps; its phases follow each other (${PHASES.join(', ')}) and each occurs at least once.`,
    '',
    fieldsMarkdown(trajectoryFields()),
    '',
    exampleMarkdown(EXAMPLE_TRAJECTORY, exampleYaml),
  ].join('\n');
}
