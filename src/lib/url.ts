/**
 * Builds an internal URL that respects the base path the site was built with
 * (`BASE_PATH=/cursus/ npm run build`). `href('lessen/x/')` → `/cursus/lessen/x/`.
 */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\/+/, '');
}

export function lessonHref(slug: string): string {
  return href(`lessen/${slug}/`);
}

export function exerciseHref(id: string): string {
  return href(`oefeningen/${id}/`);
}
