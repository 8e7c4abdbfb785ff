import type { CourseConfig } from '../../course.config.ts';

const DEFAULT_ACCENT = { light: '#1b5e6a', dark: '#7cc7d2' };

/**
 * The CSS that applies a trainer's accent colour, or null when the course keeps
 * Klik's own (already in global.css). The hover shade leans toward the text
 * colour, which keeps button text readable in both themes.
 */
export function accentStyle(config: Pick<CourseConfig, 'accent'>): string | null {
  const { light, dark } = config.accent;
  if (light.toLowerCase() === DEFAULT_ACCENT.light && dark.toLowerCase() === DEFAULT_ACCENT.dark) return null;
  return `:root{--color-accent:light-dark(${light},${dark});--color-accent-hover:color-mix(in srgb,var(--color-accent) 78%,var(--color-text))}`;
}
