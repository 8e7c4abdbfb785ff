import { criteriaInfo, CRITERION_IDS, CONTRACT_CRITERION_IDS } from '../feedback/index.ts';
import type { CriterionId } from '../feedback/ids.ts';
import { bestReplyFieldsMarkdown, exampleMarkdown, exerciseFieldsMarkdown } from './format-doc.ts';

/** The exercise that serves as the complete example in the trainer documentation. */
export const EXAMPLE_EXERCISE = 'exercises/welkom-chat-lin.yaml';

const CONTRACT = new Set<string>(CONTRACT_CRITERION_IDS);

/** A criterion's name in the trainer documentation (README, /over/): its label, "(Klik-extra)" when outside the course's contract. */
export function criterionDocLabel(id: CriterionId): string {
  return `${criteriaInfo[id].label}${CONTRACT.has(id) ? '' : ' (Klik-extra)'}`;
}

/** The criteria as a Markdown table: id, Dutch label and why it matters. */
export function criteriaMarkdown(): string {
  const rows = CRITERION_IDS.map((id) => `| \`${id}\` | ${criterionDocLabel(id)} | ${criteriaInfo[id].why.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`);
  return ['| Id | Criterium | Waarom het ertoe doet |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * The "Writing exercises" reference, generated from the schema and the engine's
 * criteria so it cannot drift. `npm run docs` writes it into the README.
 */
export function exerciseDocsMarkdown(exampleYaml: string): string {
  return [
    '### Fields',
    '',
    'Descriptions are in Dutch, as trainers also read them on the course\'s `/over/` page.',
    '',
    exerciseFieldsMarkdown(),
    '',
    '### Fields of a "Kies de beste reactie" exercise (`kind: best-reply`)',
    '',
    'Three short replies to one client message; the trainee picks one and then reads an explanation of each.',
    'Nothing is judged by the engine, so such a file has no `task`, `criteria`, `draft`, `modelAnswer` or `reflection`.',
    '',
    bestReplyFieldsMarkdown(),
    '',
    '### Criteria',
    '',
    criteriaMarkdown(),
    '',
    exampleMarkdown(EXAMPLE_EXERCISE, exampleYaml),
  ].join('\n');
}
