/**
 * Search on /zoeken/ with pagefind's JS API. pagefind.js is imported only when
 * the trainee searches. The query is only ever shown as text; a result's
 * excerpt is pagefind's own text with <mark> around the matched words, rebuilt
 * here as DOM nodes (text and <mark> only), never set as HTML.
 */

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** How many results are shown at most (pagefind loads each result's data separately). */
const MAX_SHOWN = 50;
const DEBOUNCE_MS = 200;
const BASE = import.meta.env.BASE_URL;

let pagefindLoad: Promise<Pagefind> | null = null;
let attempts = 0;

/** Loads pagefind once; after a failure (offline before the first visit) the next search tries again. */
function loadPagefind(): Promise<Pagefind> {
  if (!pagefindLoad) {
    attempts += 1;
    const url = `${BASE}pagefind/pagefind.js${attempts > 1 ? `?poging=${attempts}` : ''}`;
    pagefindLoad = (async () => {
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ baseUrl: BASE, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    pagefindLoad.catch(() => {
      pagefindLoad = null;
    });
  }
  return pagefindLoad;
}

/** What kind of page a result is, from its address. */
function kindOf(url: string): string {
  const path = url.startsWith(BASE) ? url.slice(BASE.length) : url;
  if (path.startsWith('lessen/')) return 'Les';
  if (path === 'oefeningen/') return 'Oefeningen';
  if (path.startsWith('oefeningen/')) return 'Oefening';
  if (path.startsWith('begrippen/')) return 'Begrippenlijst';
  return 'Pagina';
}

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

function countText(count: number, query: string): string {
  if (count === 0) return `Geen resultaten voor ‘${query}’. Probeer een ander of korter woord.`;
  const text = `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ‘${query}’`;
  return count > MAX_SHOWN ? `${text}; de eerste ${MAX_SHOWN} staan hieronder` : text;
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;

  let current = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

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

  const run = async (raw: string): Promise<void> => {
    const query = raw.trim();
    const token = ++current;
    keepInAddress(query);
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      setStatus('', 'idle');
      return;
    }
    setStatus('Zoeken…', 'loading');
    let items: PagefindData[];
    let total: number;
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(query);
      if (token !== current) return; // a newer search took over
      const results = found?.results ?? [];
      total = results.length;
      items = await Promise.all(results.slice(0, MAX_SHOWN).map((result) => result.data()));
    } catch {
      if (token !== current) return;
      list.replaceChildren();
      list.hidden = true;
      setStatus(
        'Zoeken is nu niet beschikbaar. Ben je offline? Zoeken werkt offline pas als je de cursus één keer online hebt geopend.',
        'error',
      );
      return;
    }
    if (token !== current) return;
    list.replaceChildren(...items.map(renderResult));
    list.hidden = items.length === 0;
    setStatus(countText(total, query), 'done');
  };

  const renderResult = (data: PagefindData): HTMLLIElement => {
    const item = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = kindOf(data.url);
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
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
  input.addEventListener('input', () => {
    clearTimeout(timer);
    void loadPagefind().catch(() => undefined); // start loading at the first keystroke
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
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
    void run(initial);
  }
}
