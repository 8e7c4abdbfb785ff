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

/** One turn of the event loop: `scheduler.yield()` where there is one, else a 0 ms timer. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const loadSplit: ClientDirective = async (load) => {
  const hydrate = await load();
  await yieldToBrowser();
  await hydrate();
};

export default loadSplit;
