import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CourseConfig } from '../../course.config.ts';
import { contrastRatio } from '../color/contrast.ts';
import { MODULE_IDS } from './modules.ts';
import type { ContentProblem } from '../exercise-files/validate.ts';

/** Page backgrounds and the text colour on accent buttons, per theme (from global.css). */
export const THEME_SURFACES = {
  light: { bg: '#fbfaf7', surface: '#f1eee6', onAccent: '#ffffff' },
  dark: { bg: '#15171a', surface: '#1f2226', onAccent: '#0b1d21' },
} as const;

const AA = 4.5;
const FILE = 'src/course.config.ts';

/** Checks the course settings; returns one problem per thing that is wrong. */
export function checkCourseConfig(config: CourseConfig, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file: FILE, field, message });

  for (const field of ['title', 'subtitle', 'description', 'footerText'] as const) {
    if (!config[field]?.trim()) problem(field, 'mag niet leeg zijn');
  }
  if (!config.organisation?.name?.trim()) problem('organisation.name', 'mag niet leeg zijn');
  if (config.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(config.id)) {
    problem('id', `gebruik kleine letters, cijfers en streepjes, niet ${JSON.stringify(config.id)}`);
  }
  if (config.logo && !existsSync(join(root, 'public', config.logo))) {
    problem('logo', `bestand public/${config.logo} bestaat niet`);
  }
  if (config.modules !== 'all') {
    if (config.modules.length === 0) problem('modules', "noem minstens één module, of gebruik 'all'");
    for (const id of config.modules) {
      if (!(MODULE_IDS as readonly string[]).includes(id)) problem('modules', `onbekende module "${id}"; kies uit: ${MODULE_IDS.join(', ')}`);
    }
  }
  for (const theme of ['light', 'dark'] as const) {
    const colour = config.accent?.[theme];
    const field = `accent.${theme}`;
    if (!colour || !/^#[0-9a-f]{6}$/i.test(colour)) {
      problem(field, `verwacht een kleur als #1b5e6a, niet ${JSON.stringify(colour)}`);
      continue;
    }
    const { bg, surface, onAccent } = THEME_SURFACES[theme];
    const checks: Array<[string, number]> = [
      ['op de achtergrond', contrastRatio(colour, bg)],
      ['op vlakken', contrastRatio(colour, surface)],
      ['met knoptekst erop', contrastRatio(colour, onAccent)],
    ];
    for (const [where, ratio] of checks) {
      if (ratio < AA) {
        problem(field, `contrast ${where} is ${ratio.toFixed(2)}:1, minstens ${AA}:1 nodig (WCAG AA)`);
      }
    }
  }
  return problems;
}
