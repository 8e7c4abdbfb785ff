/**
 * The progress script of a page whose island reads and writes progress itself
 * (an exercise or trajectory page: `BaseLayout`'s `ownProgress`). Such a page
 * has none of the hooks `page-progress.ts` fills besides the table of contents
 * (no storage notice host, no "Markeer als gelezen", no exercise or trajectory
 * statuses; the island shows its own notice), so it loads none of their code:
 * only the read marks of the table of contents, through the progress store,
 * and only when something is stored or progress changes later (this tab or
 * another), by the same rule as `page-progress.ts`.
 */
import { affectsShownProgress, probeProgress } from '../../lib/progress/probe.ts';
import { PROGRESS_EVENT } from '../../lib/progress/keys.ts';

let loading = false;

function loadMarks(): void {
  if (loading) return;
  loading = true;
  void import('./toc-progress-full.ts').then(({ mountTocProgress }) => mountTocProgress());
}

export function startTocProgress(): void {
  if (probeProgress() !== 'none') {
    loadMarks();
    return;
  }
  addEventListener('storage', (event) => {
    if (affectsShownProgress(event.key)) loadMarks();
  });
  addEventListener(PROGRESS_EVENT, loadMarks);
}
