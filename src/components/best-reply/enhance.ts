/**
 * Browser side of `BestReply.astro`: shows the "Controleer" button instead of
 * the <details> fallback, stores a choice in the progress, announces the
 * result and restores the latest choice after a reload (also from another tab).
 */
import { $progress, exerciseOf, latestAttempt, recordAttempt } from '../../lib/progress/index.ts';
import { choiceStatuses, chosenIndex, resultSentence } from '../../lib/best-reply/choice.ts';

interface Option {
  best: boolean;
  text: string;
}

function enhance(section: HTMLElement): void {
  const id = section.dataset.bestReply ?? '';
  const form = section.querySelector<HTMLFormElement>('[data-best-reply-form]');
  const actions = section.querySelector<HTMLElement>('[data-best-reply-actions]');
  const problem = section.querySelector<HTMLElement>('[data-best-reply-problem]');
  const result = section.querySelector<HTMLElement>('[data-best-reply-result]');
  const stored = section.querySelector<HTMLElement>('[data-best-reply-stored]');
  const items = [...section.querySelectorAll<HTMLElement>('[data-option]')];
  if (!id || !form || !actions || !problem || !result || !stored || items.length === 0) return;
  const radios = items.map((item) => item.querySelector<HTMLInputElement>('input[type="radio"]')!);
  const options: Option[] = items.map((item) => ({
    best: item.dataset.best === 'true',
    text: item.querySelector('[data-option-text]')?.textContent ?? '',
  }));

  section.querySelector('[data-best-reply-fallback]')?.remove();
  actions.hidden = false;

  /** The choice whose verdicts are shown, or -1. */
  let shown = -1;
  function show(index: number, sentence: string): void {
    shown = index;
    items.forEach((item, i) => {
      const verdict = item.querySelector<HTMLElement>('[data-verdict]');
      if (verdict) verdict.hidden = false;
      const yours = item.querySelector<HTMLElement>('[data-yours]');
      if (yours) yours.hidden = i !== index;
    });
    section.dataset.checked = String(index);
    result!.textContent = sentence;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const index = radios.findIndex((r) => r.checked);
    if (index < 0) {
      problem.textContent = 'Kies eerst een van de drie reacties.';
      radios[0]?.focus();
      return;
    }
    problem.textContent = '';
    show(index, resultSentence(options, index));
    const outcome = recordAttempt(id, options[index]!.text, choiceStatuses(options, index));
    stored.hidden = false;
    stored.textContent = outcome.stored
      ? 'Je keuze is bewaard op dit apparaat.'
      : 'Je keuze kon niet worden bewaard in deze browser; ze blijft alleen zichtbaar tot je de pagina sluit.';
  });

  // The latest stored choice: shown at once, and again when another tab changes it.
  $progress.subscribe((state) => {
    const index = chosenIndex(options, latestAttempt(exerciseOf(state, id))?.text);
    if (index < 0 || index === shown) return;
    radios[index]!.checked = true;
    show(index, resultSentence(options, index));
  });
}

let started = false;

export function enhanceBestReplies(root: ParentNode = document): void {
  if (started) return;
  started = true;
  for (const section of root.querySelectorAll<HTMLElement>('[data-best-reply]')) enhance(section);
}
