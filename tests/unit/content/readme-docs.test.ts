import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLE_EXERCISE, exerciseDocsMarkdown } from '../../../src/lib/exercise-files/trainer-docs.ts';
import { exerciseFields } from '../../../src/lib/exercise-files/format-doc.ts';
import { currentGenerated } from '../../../scripts/lib/generated-section.ts';
import { CRITERION_IDS } from '../../../src/lib/feedback/ids.ts';

describe('the trainer documentation of the exercise format', () => {
  it('in the README is what the schema and the engine generate (run "npm run docs" after a change)', () => {
    const generated = exerciseDocsMarkdown(readFileSync(EXAMPLE_EXERCISE, 'utf8')).trim();
    expect(currentGenerated(readFileSync('README.md', 'utf8'))).toBe(generated);
  });

  it('names every top-level and nested field the schema accepts', () => {
    const fields = exerciseFields().map((f) => f.field);
    for (const field of ['id', 'title', 'lesson', 'kind', 'situation', 'client.name', 'client.message', 'client.form', 'coach.name', 'draft', 'task', 'criteria[].id', 'criteria[].hint', 'criteria[].weight', 'modelAnswer', 'reflection']) {
      expect(fields).toContain(field);
    }
  });

  it('marks optional fields as optional and says their default', () => {
    const byField = new Map(exerciseFields().map((f) => [f.field, f]));
    expect(byField.get('draft')?.required).toBe(false);
    expect(byField.get('title')?.required).toBe(true);
    expect(byField.get('client.form')?.description).toMatch(/Standaard: je\./);
  });

  it('lists every criterion id', () => {
    const docs = exerciseDocsMarkdown('id: x');
    for (const id of CRITERION_IDS) expect(docs).toContain(`| \`${id}\` |`);
  });
});
