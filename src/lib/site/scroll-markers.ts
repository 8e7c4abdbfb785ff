/**
 * Marks the section in view in a lesson's "Op deze pagina" list with CSS alone:
 * the list is a group of scroll markers (`scroll-target-group`), and the link
 * of the section in view matches `:target-current`. The build's CSS minifier
 * does not know that pseudo-class yet and warns, so this one rule is written
 * inline, verbatim, and allowed by the content security policy through its
 * hash (see csp.ts). Browsers without scroll markers ignore it.
 */
export const SCROLL_MARKER_STYLE =
  '[data-on-page-toc] a:target-current{color:var(--color-text);font-weight:600;box-shadow:inset 2px 0 0 var(--color-accent)}';
