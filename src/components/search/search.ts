/**
 * Search on /zoeken/ with pagefind's JS API (loaded by engine.ts). Pagefind
 * starts when the search field gets focus or a first keystroke (or a `?q=` is in
 * the address), so that the first results come as fast as later ones. The
 * query is only ever shown as text; a result's excerpt is pagefind's own text with <mark> around the matched words,
 * rebuilt here as DOM nodes (text and <mark> only), never set as HTML.
 *
 * Pagefind loads a fragment per result (its text, 3–5 KB gzip): only the first
 * FIRST_SHOWN are loaded, so that a search after a lesson costs at most 15
 * requests (see scripts/lib/bench-search.ts); the next MORE_SHOWN each time the
 * trainee asks for them ("Meer resultaten").
 * Lessons and the glossary come before exercises and trajectories (the `soort` filter, see
 * search-kind.ts); a query whose words pagefind only matched through a
 * stand-in prefix finds nothing (see match.ts).
 */
import { FIRST_SHOWN, isStandIn, loadPagefind, orderedResults, warmSearch, type PagefindResult } from './engine.ts';
import { handedResult, sessionStore, takeHandoff, type HandedResult } from './handoff.ts';
import { SEARCH_KIND_LABELS, searchKindOf } from '../../lib/site/search-kind.ts';

/** How many more results' details each "Meer resultaten" loads (the first FIRST_SHOWN: engine.ts). */
export const MORE_SHOWN = 10;
const DEBOUNCE_MS = 200;
const BASE = import.meta.env.BASE_URL;

/**
 * Rebuilds pagefind's excerpt (escaped text with <mark> elements) as DOM nodes:
 * the string is parsed in an inert document, and only its text and <mark>
 * elements are copied.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of Array.from(parsed.body.childNodes)) {
    const text = child.textContent ?? '';
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else if (text) {
      nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

export function countText(count: number, query: string): string {
  if (count === 0) return `Geen resultaten voor ‘${query}’. Probeer een ander of korter woord.`;
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ‘${query}’`;
}

export function moreText(remaining: number): string {
  return `Meer resultaten (nog ${remaining})`;
}

/** What a result shows: its page, title and excerpt. */
export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;

  let current = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The search shown: all its results (for results handed over by the header,
   * /zoeken/'s own pagefind finds them when the trainee asks for more), how many
   * there are, and how many of them are in the list.
   */
  let shown: { token: number; results: () => Promise<PagefindResult[]>; total: number; count: number } | null = null;

  const setStatus = (text: string, state: 'idle' | 'loading' | 'done' | 'error') => {
    status.dataset.state = state;
    status.textContent = text;
    list.setAttribute('aria-busy', String(state === 'loading'));
  };

  const keepInAddress = (query: string) => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };

  const showMore = () => {
    if (!shown) return;
    const remaining = shown.total - shown.count;
    more.hidden = remaining <= 0;
    more.textContent = moreText(remaining);
  };

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    shown = null;
  };

  const run = async (raw: string): Promise<void> => {
    const query = raw.trim();
    const token = ++current;
    keepInAddress(query);
    if (!query) {
      clear();
      setStatus('', 'idle');
      return;
    }
    setStatus('Zoeken…', 'loading');
    let results: PagefindResult[];
    let items: Awaited<ReturnType<PagefindResult['data']>>[];
    try {
      const pagefind = await loadPagefind();
      results = await orderedResults(pagefind, query);
      if (token !== current) return; // a newer search took over
      items = await Promise.all(results.slice(0, FIRST_SHOWN).map((result) => result.data()));
    } catch {
      if (token !== current) return;
      clear();
      setStatus(
        'Zoeken is nu niet beschikbaar. Ben je offline? Zoeken werkt offline pas als je de cursus één keer online hebt geopend.',
        'error',
      );
      return;
    }
    if (token !== current) return;
    if (isStandIn(query, items[0])) {
      results = [];
      items = [];
    }
    const found = results;
    show(token, query, () => Promise.resolve(found), found.length, items.map(handedResult));
  };

  const show = (token: number, query: string, results: () => Promise<PagefindResult[]>, total: number, items: HandedResult[]) => {
    shown = { token, results, total, count: items.length };
    list.replaceChildren(...items.map(renderResult));
    list.hidden = items.length === 0;
    showMore();
    setStatus(countText(total, query), 'done');
  };

  /**
   * Shows the first results the header's search handed over (handoff.ts) at once.
   * Pagefind starts here only when the trainee goes on: "Meer resultaten" (its
   * focus or the pointer on it) or the search field (its focus).
   */
  const showHanded = (query: string, total: number, items: HandedResult[]) => {
    const token = ++current;
    let all: Promise<PagefindResult[]> | null = null;
    const results = () => {
      all ??= loadPagefind().then((pagefind) => orderedResults(pagefind, query));
      all.catch(() => {
        all = null; // offline: the next click tries again
      });
      return all;
    };
    show(token, query, results, total, items);
  };

  const loadMore = async (): Promise<void> => {
    if (!shown || shown.token !== current) return;
    const { token, count, results } = shown;
    more.disabled = true;
    try {
      const batch = (await results()).slice(count, count + MORE_SHOWN);
      const items = (await Promise.all(batch.map((result) => result.data()))).map(handedResult);
      if (!shown || shown.token !== token || token !== current) return;
      const added = items.map(renderResult);
      list.append(...added);
      shown.count += added.length;
      showMore();
      added[0]?.querySelector('a')?.focus();
    } catch {
      setStatus('De volgende resultaten konden niet geladen worden. Probeer het nog eens.', 'error');
    } finally {
      more.disabled = false;
    }
  };

  const renderResult = (data: HandedResult): HTMLLIElement => {
    const item = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = SEARCH_KIND_LABELS[searchKindOf(data.url, BASE)];
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.title;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(kind, link, excerpt);
    return item;
  };

  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>('a'));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  // Focus on the field loads pagefind and its index, each keystroke the index chunks of
  // what is typed, so the first search is as quick as later ones.
  input.addEventListener('focus', () => warmSearch());
  input.addEventListener('input', () => {
    clearTimeout(timer);
    warmSearch(input.value);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  more.addEventListener('click', () => void loadMore());
  // The trainee is about to ask for more: find all results now (a no-op when they are known).
  const prepareMore = () => void shown?.results().catch(() => undefined);
  more.addEventListener('focus', prepareMore);
  more.addEventListener('pointerenter', prepareMore);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !list.hidden) {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[Math.min(index + 1, all.length - 1)] : all[index - 1];
      (next ?? input).focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  if (initial.trim()) {
    input.value = initial;
    const handoff = takeHandoff(sessionStore(), initial.trim(), BASE);
    if (handoff) showHanded(handoff.query, handoff.total, handoff.items);
    else void run(initial);
  }
}
