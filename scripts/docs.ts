#!/usr/bin/env node
// `npm run docs`: writes the generated exercise-format and trajectory-format
// references into README.md between their markers. A unit test fails when the
// README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { EXAMPLE_EXERCISE, exerciseDocsMarkdown } from '../src/lib/exercise-files/trainer-docs.ts';
import { EXAMPLE_TRAJECTORY, trajectoryDocsMarkdown } from '../src/lib/trajectory-files/format-doc.ts';
import { replaceGenerated } from './lib/generated-section.ts';

const readme = readFileSync('README.md', 'utf8');
let next = replaceGenerated(readme, exerciseDocsMarkdown(readFileSync(EXAMPLE_EXERCISE, 'utf8')), 'exercise-format');
next = replaceGenerated(next, trajectoryDocsMarkdown(readFileSync(EXAMPLE_TRAJECTORY, 'utf8')), 'trajectory-format');
if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: exercise and trajectory formats updated.');
} else {
  console.log('README.md: exercise and trajectory formats already up to date.');
}
