#!/usr/bin/env node
// `npm run docs`: writes the generated exercise-format reference into README.md
// between its markers. A unit test fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { EXAMPLE_EXERCISE, exerciseDocsMarkdown } from '../src/lib/exercise-files/trainer-docs.ts';
import { replaceGenerated } from './lib/generated-section.ts';

const readme = readFileSync('README.md', 'utf8');
const next = replaceGenerated(readme, exerciseDocsMarkdown(readFileSync(EXAMPLE_EXERCISE, 'utf8')));
if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md: exercise format updated.');
} else {
  console.log('README.md: exercise format already up to date.');
}
