import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * How the islands' pages start on a slow phone (issue 17 item 2):
 *
 * - `client:load-split` (client-load-split.ts): evaluating an island's modules
 *   and hydrating it in two tasks instead of one.
 * - V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and
 *   later) on the files whose functions nearly all run while an island
 *   hydrates: the Svelte runtime and the compiled Svelte components. V8 then
 *   compiles them while they stream in, off the main thread, instead of
 *   compiling each function on the main thread the first time hydration calls
 *   it (more than half of the hydration task without it). Other browsers ignore
 *   the comment. The feedback engine and the progress code are left lazy: much
 *   of them never runs at start.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Whether a client chunk holds code that runs when an island hydrates: Svelte's client runtime or a Svelte component. */
export function runsAtHydration(moduleIds: readonly string[]): boolean {
  return moduleIds.some((id) => /\.svelte(?:\?|$)/.test(id) || /[\\/]node_modules[\\/]svelte[\\/]src[\\/](?:internal[\\/]client|index-client)/.test(id));
}

function compileHints(): Plugin {
  return {
    name: 'klik:compile-hints',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    // After minification (which drops comments); the hint must be the file's first line.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && runsAtHydration(file.moduleIds)) file.code = COMPILE_HINT + file.code;
      }
    },
  };
}

export function startUp(): AstroIntegration {
  return {
    name: 'klik:start-up',
    hooks: {
      'astro:config:setup': ({ addClientDirective, updateConfig }) => {
        addClientDirective({ name: 'load-split', entrypoint: fileURLToPath(new URL('./client-load-split.ts', import.meta.url)) });
        updateConfig({ vite: { plugins: [compileHints()] } });
      },
    },
  };
}

declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Like `client:load`, with the island's modules evaluated and the island hydrated in separate tasks. */
      'client:load-split'?: boolean;
    }
  }
}
