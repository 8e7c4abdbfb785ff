import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/load-content.ts';
import { isContentFile } from '../lib/content/sources.ts';
import { formatProblem } from '../lib/exercise-files/validate.ts';
import { checkCourseConfig } from '../lib/course/check-config.ts';
import { course } from '../course.config.ts';

/**
 * Validates the course settings and every file the YAML collections load
 * (exercises, in any sub-folder: see `src/lib/content/sources.ts`) before Astro
 * builds, so a broken file, a duplicate id or an unknown lesson fails the build
 * with one readable line per problem: file, field and what is expected.
 * In `astro dev` problems are logged instead, and files are checked again when
 * they change, so a trainer sees the error without restarting.
 */
export function validateContent(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'klik:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = [...checkCourseConfig(course, root), ...loadContent(root).problems];
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem);
        if (command === 'build') {
          for (const line of lines) logger.error(line);
          throw new Error(`Ongeldige inhoud: ${lines.join(' | ')}`);
        }
        for (const line of lines) logger.warn(line);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!isContentFile(root, path)) return;
          const { problems } = loadContent(root);
          if (problems.length === 0) logger.info('Alle oefeningen en lessen zijn geldig.');
          for (const problem of problems) logger.error(formatProblem(problem));
        });
      },
    },
  };
}
