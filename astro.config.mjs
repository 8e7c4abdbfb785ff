// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { normaliseBase } from './scripts/lib/base-path.mjs';
import { validateContent } from './src/integrations/validate-content.ts';

// The base path is chosen at build time so trainers can host the course under a
// sub-path, for example `BASE_PATH=/cursus/ npm run build`.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  outDir: process.env.KLIK_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [validateContent(), mdx(), svelte()],
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      alias: {
        // The Dutch stemmer needs only Among and BaseStemmer from @nlpjs/core; the
        // package index also pulls in its container, logger and compiler (~6 KB
        // gzip) for the browser. A parity test keeps the two identical.
        '@nlpjs/core': fileURLToPath(new URL('./src/lib/feedback/text/nlpjs-core-lite.ts', import.meta.url)),
      },
    },
  },
  prefetch: false,
});
