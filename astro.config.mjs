// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { normaliseBase } from './scripts/lib/base-path.mjs';
import { validateContent } from './src/integrations/validate-content.ts';
import { startUp } from './src/integrations/start-up.ts';
import { cspConfig } from './src/lib/site/csp.ts';
import { course } from './src/course.config.ts';

// The base path is chosen at build time so trainers can host the course under a
// sub-path, for example `BASE_PATH=/cursus/ npm run build`.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  outDir: process.env.KLIK_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // discloseVersion: no extra file on every page with an island just to record Svelte's major version in `window.__svelte`.
  integrations: [validateContent(), mdx(), svelte({ compilerOptions: { discloseVersion: false } }), startUp()],
  devToolbar: { enabled: false },
  prefetch: false,
  // No lesson shows code, and Shiki's inline styles would break the content
  // security policy below (Astro warns about it at every build).
  markdown: { syntaxHighlight: false },
  // A strict content security policy in a <meta> on every page: only this
  // site's own files and the hashes of its inline scripts and styles.
  security: { csp: cspConfig(course) },
  vite: {
    build: {
      // Astro writes a small script without imports inline into each page that uses it. The
      // site script (theme, menu, service worker) is on every page: as one cached file it is
      // downloaded once instead of with each of the ~95 pages the offline course stores.
      assetsInlineLimit: (file) => (/SiteScript\.astro/.test(file) ? false : undefined),
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Vite's preload helper is shared by every page: it must not be pulled into the engine's chunk below.
              { name: 'preload-helper', test: /preload-helper/, priority: 20 },
              // What every page's progress script needs before it knows whether anything is stored
              // (storage keys, the probe, the status words, site paths): one small file, not four.
              { name: 'page-progress', test: /src[\\/]lib[\\/](?:progress[\\/](?:probe|keys)|vocabulary[\\/]exercise-status|url)\.ts$/, priority: 15 },
              // The word count the editor shows at once: its own tiny file, so that an exercise or
              // trajectory page does not load the whole engine below before the trainee writes.
              { name: 'word-runs', test: /src[\\/]lib[\\/]feedback[\\/]text[\\/]word-runs\.ts$/, priority: 12 },
              // The feedback engine's shared analysis in one file instead of a dozen small ones;
              // each criterion stays its own chunk, loaded only by the exercises that use it.
              { name: 'feedback', test: /src[\\/]lib[\\/]feedback[\\/](?!criteria[\\/]|lexicon[\\/]|text[\\/]stopwords)/, priority: 10 },
            ],
          },
        },
        onwarn(warning, warn) {
          // Astro marks every rendered MDX entry (`x.mdx?astroPropagatedAssets`)
          // with a "use astro:head-inject" directive that nothing reads any more;
          // Rolldown drops it and warns once per lesson. Only that warning is
          // silenced: https://github.com/withastro/astro/issues/18087
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
