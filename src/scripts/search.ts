// Search page enhancement: Pagefind's JS API, with the query and filters kept in the URL.
// Without JavaScript the page shows links to the pre-rendered lists instead.
import { filterKeys, normaliseTerm, parseSearchParams, toPagefindFilters, toSearchParams, type FilterKey, type Shortcut } from '../lib/search.ts';

interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 30;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const filtersBox = document.getElementById('search-filters')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const fallback = document.getElementById('search-fallback')!;
  const shortcutBox = document.getElementById('search-shortcut')!;
  const shortcuts = JSON.parse(document.getElementById('search-shortcuts')!.textContent || '{}') as Record<string, Shortcut>;
  filtersBox.hidden = false;

  const initial = parseSearchParams(new URLSearchParams(location.search));
  input.value = initial.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = initial.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  }

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind;
    await pagefind.options({ ranking: { termFrequency: 0.3, pageLength: 0.9, termSimilarity: 1.0, termSaturation: 1.0 } });
    await pagefind.init();
  } catch {
    status.textContent = 'De zoekfunctie kon niet geladen worden. Gebruik de lijsten hieronder.';
    return;
  }
  fallback.hidden = true;

  const selected = (): Partial<Record<FilterKey, string[]>> => {
    const result: Partial<Record<FilterKey, string[]>> = {};
    for (const key of filterKeys) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((b) => b.value);
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
    const shortcut = query ? shortcuts[normaliseTerm(query)] : undefined;
    shortcutBox.hidden = !shortcut;
    shortcutBox.innerHTML = shortcut ? `${escapeHtml(shortcut.kind)}: <a href="${escapeHtml(shortcut.url)}">${escapeHtml(shortcut.label)}</a>` : '';
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
    list.innerHTML = data.map((d) => `
      <li class="card">
        <p class="result-type">${escapeHtml(d.filters.type?.[0] ?? '')}</p>
        <h2><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title ?? d.url)}</a></h2>
        ${d.meta.regel ? `<p><strong>${escapeHtml(d.meta.regel)}</strong></p>` : ''}
        <p>${d.excerpt}</p>
      </li>`).join('');
    const total = response.results.length;
    const what = query ? `voor “${query}”` : 'met deze filters';
    status.textContent = total === 0
      ? `Geen resultaten ${what}. Probeer een ander woord of minder filters.`
      : `${total} ${total === 1 ? 'resultaat' : 'resultaten'} ${what}${total > MAX_RESULTS ? `, de eerste ${MAX_RESULTS} staan hieronder` : ''}.`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  document.getElementById('clear-filters')!.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    void update();
  });
  await update();
}
