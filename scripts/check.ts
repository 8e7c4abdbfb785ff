#!/usr/bin/env node
// `npm run check`: validates the course settings, every lesson, every
// exercise, the glossary and the sources (one readable line per problem: file,
// field, what is expected), then type-checks the code with `astro check`.
// No full build.
// `npm run check -- --content` skips the type check.
import { spawnSync } from 'node:child_process';
import { course } from '../src/course.config.ts';
import { checkContent } from '../src/lib/content/check-content.ts';
import { formatProblem } from '../src/lib/exercise-files/validate.ts';

const problems = checkContent(process.cwd(), course);
for (const problem of problems) console.error(formatProblem(problem));
console.log(problems.length === 0 ? 'Inhoud: alles in orde.' : `Inhoud: ${problems.length} probleem/problemen gevonden.`);

let typesOk = true;
if (!process.argv.includes('--content')) {
  const result = spawnSync('npx', ['astro', 'check', '--minimumSeverity', 'error'], { stdio: 'inherit' });
  typesOk = result.status === 0;
}
process.exit(problems.length === 0 && typesOk ? 0 : 1);
