// Search page enhancement: Pagefind's JS API, with the query and filters kept in the URL.
// Without JavaScript the page shows links to the pre-rendered lists instead.
import { filterKeys, parseSearchParams, suggestTerm, toPagefindFilters, toSearchParams, type FilterKey, type Shortcut } from '../lib/search/search.ts';
import { escapeHtml, fold } from '../lib/text.ts';
import { routes } from '../lib/site/routes.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (
    term: string | null,
    o?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

const MAX_RESULTS = 30;

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const suggestionBox = document.getElementById('search-suggestion')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const fallback = document.getElementById('search-fallback')!;
  const shortcutBox = document.getElementById('search-shortcut')!;
  // Content values reach the page only as data from a separate file, never as inline script.
  const shortcuts = (await fetch(routes.searchShortcuts())
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))) as Record<string, Shortcut>;
  const terms = Object.keys(shortcuts);
  filtersBox.hidden = false;
  // Results come first; on a phone the filters start closed, on a wide screen open.
  filtersBox.open = window.matchMedia('(min-width: 64rem)').matches;
  const boxes = () => document.querySelectorAll<HTMLInputElement>('#search-filters input[type=checkbox]');

  const initial = parseSearchParams(new URLSearchParams(location.search));
  input.value = initial.query;
  for (const box of boxes()) {
    box.checked = initial.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  }
  if (Object.keys(initial.filters).length > 0) filtersBox.open = true;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind;
    await pagefind.options({ ranking: { termFrequency: 0.3, pageLength: 0.9, termSimilarity: 1.0, termSaturation: 1.0 } });
    // A site built in shards has one index per shard (scripts/merge-shards.ts): merge the others in.
    const shards = (await fetch('/pagefind/shards.json')
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => [])) as unknown;
    for (const path of Array.isArray(shards) ? shards : []) if (typeof path === 'string' && /^\/pagefind-\d+\/$/.test(path)) await pagefind.mergeIndex(path);
    await pagefind.init();
  } catch {
    status.textContent = 'De zoekfunctie kon niet geladen worden. Gebruik de lijsten hieronder.';
    return;
  }
  fallback.hidden = true;

  const selected = (): Partial<Record<FilterKey, string[]>> => {
    const result: Partial<Record<FilterKey, string[]>> = {};
    for (const key of filterKeys) {
      const values = [...boxes()].filter((b) => b.name === key && b.checked).map((b) => b.value);
      if (values.length) result[key] = values;
    }
    return result;
  };

  let run = 0;
  async function update(): Promise<void> {
    const current = ++run;
    const query = input.value.trim();
    const filters = selected();
    const params = toSearchParams(query, filters).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    const hasFilters = Object.keys(filters).length > 0;
    const shortcut = query ? shortcuts[fold(query)] : undefined;
    shortcutBox.hidden = !shortcut;
    shortcutBox.innerHTML = shortcut ? `${escapeHtml(shortcut.kind)}: <a href="${escapeHtml(shortcut.url)}">${escapeHtml(shortcut.label)}</a>` : '';
    const suggestion = query && !shortcut ? suggestTerm(query, terms) : undefined;
    suggestionBox.hidden = !suggestion;
    suggestionBox.innerHTML = suggestion
      ? `Bedoelde u <a href="?${escapeHtml(toSearchParams(suggestion, filters).toString())}" data-term="${escapeHtml(suggestion)}">${escapeHtml(suggestion)}</a>?`
      : '';
    if (!query && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      fallback.hidden = false;
      return;
    }
    const response = await pagefind.search(query || null, { filters: toPagefindFilters(filters), ...(query ? {} : { sort: { datum: 'desc' } }) });
    if (current !== run || !response) return;
    const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (current !== run) return;
    fallback.hidden = data.length > 0;
    list.innerHTML = data
      .map(
        (d) => `
      <li class="card">
        <p class="result-type">${escapeHtml(d.filters.type?.[0] ?? '')}</p>
        <h2><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h2>
        ${d.meta.regel ? `<p><strong>${escapeHtml(d.meta.regel)}</strong></p>` : ''}
        <p>${d.excerpt}</p>
      </li>`,
      )
      .join('');
    // Per filter value, how many results it would leave.
    for (const span of document.querySelectorAll<HTMLElement>('.filter-count')) {
      const count = response.filters?.[span.dataset.filter!]?.[span.dataset.value!] ?? 0;
      span.textContent = `(${count})`;
    }
    const total = response.results.length;
    const what = query ? `voor “${query}”` : 'met deze filters';
    status.textContent =
      total === 0
        ? `Geen resultaten ${what}. Probeer een ander woord of minder filters.`
        : `${total} ${total === 1 ? 'resultaat' : 'resultaten'} ${what}${total > MAX_RESULTS ? `, de eerste ${MAX_RESULTS} staan hieronder` : ''}.`;
  }

  // No debounce: each keystroke searches at once, and an answer that arrives after a newer
  // one is dropped (see `run`), so typing never waits for a timer.
  input.addEventListener('input', () => void update());
  filtersBox.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void update();
  });
  suggestionBox.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-term]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset.term!;
    void update();
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  document.getElementById('clear-filters')!.addEventListener('click', () => {
    for (const box of boxes()) box.checked = false;
    void update();
  });
  await update();
}
