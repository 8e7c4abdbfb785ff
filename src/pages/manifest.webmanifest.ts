import type { APIRoute } from 'astro';
import { course } from '../course.config.ts';
import { href } from '../lib/url.ts';

/**
 * The web app manifest, made per build so that `start_url` and `scope` follow
 * the base path (`BASE_PATH=/cursus/` → scope `/cursus/`).
 */
export const GET: APIRoute = () => {
  const base = href();
  const manifest = {
    id: base,
    name: `${course.title}: ${course.subtitle}`,
    short_name: course.title,
    description: course.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: course.accent.light,
    categories: ['education'],
    icons: [
      { src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: href('icons/icon-maskable-192.png'), sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: href('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
