/**
 * Course settings: the one file a trainer edits to make Klik their own.
 */
export interface CourseConfig {
  /** Course name, in the header, titles, manifest and print output. */
  title: string;
  /** One line under the title on the overview page. */
  subtitle: string;
  /** Short description for search engines and the installed app. */
  description: string;
}

export const course: CourseConfig = {
  title: 'Klik',
  subtitle: 'Een relatie opbouwen in geschreven begeleiding',
  description:
    'Een cursus voor e-coaches: leer hoe je in e-mail en chat een relatie met je cliënt opbouwt, en oefen met directe feedback in je browser.',
};
