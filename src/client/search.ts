// Search page enhancement: Pagefind's JS API, with the query and filters kept in the URL.
// Without JavaScript the page shows links to the pre-rendered lists instead.
import { filterKeys, parseSearchParams, queryVariants, suggestTerm, toPagefindFilters, toSearchParams, type FilterKey, type Shortcut } from '../lib/search/query.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { escapeHtml, fold } from '../lib/text.ts';
import { routes } from '../lib/site/routes.ts';
import { countOf } from '../lib/format.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (path: string) => Promise<void>;
  search: (
    term: string | null,
    o?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

/**
 * Results shown at a time: each needs its own fragment file (its text for the excerpt), so ten
 * come with the answer and "Meer resultaten tonen" fetches the next ten.
 */
const PAGE_SIZE = 10;

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const suggestionBox = document.getElementById('search-suggestion')!;
  // The results heading: it names the list and announces each count (live region), and focus
  // goes to it after a search. Made by the script, because without it there are no results (and
  // an empty heading in the HTML would be announced as nothing). Hidden until the first results
  // arrive, so it appears in the same step as they do.
  const status = document.createElement('h2');
  status.id = 'search-status';
  status.className = 'search-status';
  status.tabIndex = -1;
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');
  status.hidden = true;
  form.after(status);
  const list = document.getElementById('search-results')!;
  list.setAttribute('aria-labelledby', 'search-status');
  const more = document.getElementById('search-more') as HTMLButtonElement;
  // The last search's results and words for the status, for "Meer resultaten tonen".
  let shownResults: PagefindResult[] = [];
  let shownWhat = '';
  const fallback = document.getElementById('search-fallback')!;
  const shortcutBox = document.getElementById('search-shortcut')!;
  // Content values reach the page only as data from a separate file, never as inline script.
  const shortcuts = (await fetch(routes.searchShortcuts())
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))) as Record<string, Shortcut>;
  const terms = Object.keys(shortcuts);
  // Results come first: the filters start closed, on every screen. Their counts cost Pagefind a
  // count per filter value on every search (at 20,000 protocols and 2,000 parties, 1.3–2.7 s per
  // keystroke instead of 55–150 ms, and 670 KiB to load), so they are loaded only once the reader
  // opens the filters or arrives with filters in the address.
  filtersBox.open = false;
  const boxes = () => document.querySelectorAll<HTMLInputElement>('#search-filters input[type=checkbox]');

  const initial = parseSearchParams(new URLSearchParams(location.search));
  // What the reader typed before the script was ready wins over the URL.
  if (!input.value) input.value = initial.query;
  for (const box of boxes()) {
    box.checked = initial.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  }
  if (Object.keys(initial.filters).length > 0) filtersBox.open = true;

  let pagefind: Pagefind;
  // Per filter value, how many pages it has (Pagefind's filter index): loaded with the filters.
  let totals: Record<string, Record<string, number>> | undefined;
  try {
    pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind;
    await pagefind.options({ ranking: { termFrequency: 0.3, pageLength: 0.9, termSimilarity: 1.0, termSaturation: 1.0 } });
    // The index is written in slices (scripts/search-index.ts), and a site built in shards has one
    // index per shard (scripts/merge-shards.ts): pagefind/shards.json lists all but the first.
    const shards = (await fetch('/pagefind/shards.json')
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => [])) as unknown;
    const paths = (Array.isArray(shards) ? shards : []).filter(
      (path): path is string => typeof path === 'string' && /^\/pagefind(-\d+)?\/(deel-\d+\/)?$/.test(path) && path !== '/pagefind/',
    );
    await Promise.all(paths.map((path) => pagefind.mergeIndex(path)));
    await pagefind.init();
  } catch {
    status.hidden = false;
    status.textContent = 'De zoekfunctie kon niet geladen worden. Gebruik de lijsten hieronder.';
    return;
  }

  const selected = (): Partial<Record<FilterKey, string[]>> => {
    const result: Partial<Record<FilterKey, string[]>> = {};
    for (const key of filterKeys) {
      const values = [...boxes()].filter((b) => b.name === key && b.checked).map((b) => b.value);
      if (values.length) result[key] = values;
    }
    return result;
  };

  let run = 0;
  /**
   * Searches and then changes the page in one synchronous step (filters shown, the list for
   * readers without JavaScript hidden, results, counts, status), so the layout moves once and
   * never shows a half-built state in between (layout shift).
   */
  async function update(): Promise<void> {
    const current = ++run;
    const query = input.value.trim();
    const filters = selected();
    const params = toSearchParams(query, filters).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    const hasFilters = Object.keys(filters).length > 0;
    // Pagefind loads its filter index only when filters() is called: a search made before that
    // returns empty `filters`, and every count would read "(0)". A search with a filter selected
    // loads what it needs to filter; the counts need all of it.
    if (filtersBox.open && !totals) {
      try {
        totals = await pagefind.filters();
      } catch {
        totals = undefined;
      }
    }
    const shortcut = query ? shortcuts[fold(query)] : undefined;
    const suggestion = query && !shortcut ? suggestTerm(query, terms) : undefined;
    const run1 = (term: string | null) => pagefind.search(term, { filters: toPagefindFilters(filters), ...(term ? {} : { sort: { datum: 'desc' } }) });
    let response = query || hasFilters ? await run1(query || null) : null;
    // Nothing for this form of the word: try its singular or plural ("studietoelage" → "studietoelagen").
    let usedForm: string | undefined;
    if (query && response && response.results.length === 0) {
      for (const variant of queryVariants(query)) {
        const other = await run1(variant);
        if (other && other.results.length > 0) {
          response = other;
          usedForm = variant;
          break;
        }
      }
    }
    if (current !== run) return;
    const data = response ? await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data())) : [];
    if (current !== run) return;

    // Filters narrow results down; with nothing found and nothing selected they have nothing to offer
    // (and would push the lists below down).
    filtersBox.hidden = data.length === 0 && !hasFilters;
    // The results heading is hidden in the HTML (without the script there are no results).
    status.hidden = false;
    shortcutBox.hidden = !shortcut;
    shortcutBox.innerHTML = shortcut ? `${escapeHtml(shortcut.kind)}: <a href="${escapeHtml(shortcut.url)}">${escapeHtml(shortcut.label)}</a>` : '';
    suggestionBox.hidden = !suggestion;
    suggestionBox.innerHTML = suggestion
      ? `Bedoelde u <a href="?${escapeHtml(toSearchParams(suggestion, filters).toString())}" data-term="${escapeHtml(suggestion)}">${escapeHtml(suggestion)}</a>?`
      : '';
    // Per filter value, how many results it would leave (Pagefind's own counts for this search;
    // without a search, the counts over the whole index).
    // Without the filter index (the filters were never opened) there are no counts to show.
    for (const span of document.querySelectorAll<HTMLElement>('.filter-count')) {
      const counts = response ? response.filters : totals;
      span.textContent = totals ? `(${counts?.[span.dataset.filter!]?.[span.dataset.value!] ?? 0})` : '';
    }
    if (!response) {
      list.replaceChildren();
      status.textContent = '';
      fallback.hidden = false;
      more.hidden = true;
      shownResults = [];
      return;
    }
    fallback.hidden = data.length > 0;
    list.innerHTML = data.map(resultHtml).join('');
    shownResults = response.results;
    shownWhat = usedForm ? `voor “${usedForm}” (niets voor “${query}”)` : query ? `voor “${query}”` : 'met deze filters';
    showCount();
  }

  /** The results heading (the count, and how many are shown) and the button for the next ones. */
  function showCount(): void {
    const total = shownResults.length;
    const shown = list.children.length;
    status.textContent =
      total === 0
        ? `Geen resultaten ${shownWhat}. Probeer een ander woord of minder filters.`
        : `${countOf(total, 'resultaat', 'resultaten')} ${shownWhat}${total > shown ? `, de eerste ${shown} staan hieronder` : ''}.`;
    more.hidden = total <= shown;
    more.textContent = `Meer resultaten tonen (${Math.min(PAGE_SIZE, total - shown)} van de ${total - shown} die nog volgen)`;
  }

  // The next ten results under the others; focus goes to the first of them.
  more.addEventListener('click', async () => {
    const current = run;
    const start = list.children.length;
    const data = await Promise.all(shownResults.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    if (current !== run || list.children.length !== start) return;
    list.insertAdjacentHTML('beforeend', data.map(resultHtml).join(''));
    showCount();
    list.children[start]?.querySelector('a')?.focus();
  });

  // No debounce: each keystroke searches at once, and an answer that arrives after a newer
  // one is dropped (see `run`), so typing never waits for a timer.
  input.addEventListener('input', () => void update());
  // Opened for the first time: load the filter index and show the counts for this search.
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open && !totals) void update();
  });
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
  // After a search the reader continues at the results: focus goes to their heading (the count).
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update().then(() => status.focus());
  });
  document.getElementById('clear-filters')!.addEventListener('click', () => {
    for (const box of boxes()) box.checked = false;
    void update();
  });
  await update();
  // Arriving with a search (from the box in the header, or a shared link): start at the results.
  if (initial.query) status.focus();
}

/** One result card. The excerpt: text of the page around the matches, escaped, without the hidden search words. */
function resultHtml(d: PagefindData): string {
  return `
      <li class="card">
        <p class="result-type">${escapeHtml(d.filters.type?.[0] ?? '')}</p>
        <h3><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h3>
        ${d.meta.regel ? `<p><strong>${escapeHtml(d.meta.regel)}</strong></p>` : ''}
        ${d.meta.over ? `<p>Over wie: ${escapeHtml(d.meta.over)}</p>` : ''}
        <p class="excerpt">${buildExcerpt({ content: d.content, locations: d.locations, keywords: d.meta.trefwoorden })}</p>
      </li>`;
}
