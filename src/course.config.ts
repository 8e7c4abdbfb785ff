import type { ModuleId } from './lib/course/modules.ts';

/**
 * Course settings: the one file a trainer edits to make Klik their own.
 * Changing it changes the header, page titles, the app manifest, the footer and
 * the print output everywhere. `npm run check` and the build validate it.
 */
export interface CourseConfig {
  /** Course name: header, page titles, installed app, print output. */
  title: string;
  /**
   * A short fixed name for the course (small letters, digits and dashes),
   * written into exported progress files so that importing a file from
   * another course asks first. Leave it out to use the title; set it before
   * renaming a course whose trainees already have exported files.
   */
  id?: string;
  /** One line under the title on the overview page. */
  subtitle: string;
  /** Short description for search engines and the installed app. */
  description: string;
  /** Who offers the course. `contact` is shown as text (an e-mail address or phone number). */
  organisation: { name: string; contact?: string };
  /** A logo file in `public/` (e.g. 'logo.svg'), shown in the header; leave out for Klik's own mark. */
  logo?: string;
  /**
   * Accent colour for links and buttons, per theme, as #rrggbb. Text on it and
   * it on the page background must keep WCAG AA contrast (4.5:1): the build
   * fails with the measured ratio otherwise.
   */
  accent: { light: string; dark: string };
  /** Text in the footer of every page. */
  footerText: string;
  /** Which modules are shown: 'all', or a list of module ids in `src/lib/course/modules.ts`. */
  modules: 'all' | ModuleId[];
}

export const course: CourseConfig = {
  title: 'Klik',
  subtitle: 'Een relatie opbouwen in geschreven begeleiding',
  description:
    'Een cursus voor e-coaches: leer hoe je in e-mail en chat een relatie met je cliënt opbouwt, en oefen met directe feedback in je browser.',
  organisation: { name: 'Klik' },
  accent: { light: '#1b5e6a', dark: '#7cc7d2' },
  footerText: 'Je voortgang en je teksten blijven in deze browser.',
  modules: 'all',
};
