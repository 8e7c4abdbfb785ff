/**
 * `client:load-split`: like Astro's `client:load` (the island comes to life as
 * soon as its files are there), but evaluating the island's modules and
 * hydrating it run in two tasks instead of one, with a yield to the browser in
 * between, so that neither blocks the main thread as long as both together
 * (issue 17: no long task over 200 ms while an exercise or trajectory page
 * loads on a slow phone). Bundled by Astro into an inline script on the pages
 * that use it (see `start-up.ts`).
 */
import type { ClientDirective } from 'astro';
import { yieldToMain } from '../lib/exercise-page/idle.ts';

const loadSplit: ClientDirective = async (load) => {
  const hydrate = await load();
  await yieldToMain();
  await hydrate();
};

export default loadSplit;
