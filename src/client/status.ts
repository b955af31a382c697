// Recomputes every date-dependent text of a page for today's date: the page may be older than
// today (it is built nightly, and read from caches and saved copies). The wording and counting
// live in browser-safe modules (status-texts.ts, status-counts.ts); this file only finds the
// elements their data attributes mark:
//   [data-status-start …]      a status (badge or table cell) with its facts: label, data-status
//   [data-status-period]       the period next to a badge, in the same .status-wrap
//   [data-status-explanation]  the explanation, inside the badge's [data-status-scope]
//   [data-status-counts]       a schedule of counts (JSON) over [data-status-count="<status>"] inside it
//   [data-status-day]          "berekend op <day>": today, once the page's statuses are recomputed
//   [data-status-as-built]     what the script cannot recompute: marked "stand op <build day>"
import { formatDate } from '../lib/format.ts';
import { type CountSchedule, countsOn } from '../lib/model/status-counts.ts';
import type { Status } from '../lib/model/status.ts';
import { asBuiltNote, factsFromData, statusTexts } from '../lib/model/status-texts.ts';
import { todayInBelgium } from '../lib/format.ts';

function updateStatus(el: HTMLElement, today: string): void {
  const facts = factsFromData(el.dataset);
  if (!facts) return;
  const texts = statusTexts(facts, today);
  el.dataset.status = texts.status;
  (el.querySelector('.status-label') ?? el).textContent = texts.label;
  const period = el.closest('.status-wrap')?.querySelector('[data-status-period]');
  if (period) period.textContent = ` ${texts.period}`;
  for (const explanation of el.closest('[data-status-scope]')?.querySelectorAll('[data-status-explanation]') ?? []) explanation.textContent = texts.explanation;
}

function markAsBuilt(el: HTMLElement, buildDay: string): void {
  if (el.querySelector(':scope > .status-as-built')) return;
  const note = el.ownerDocument.createElement('span');
  note.className = 'status-as-built';
  note.textContent = ` (${asBuiltNote(buildDay)})`;
  el.append(note);
}

function updateCounts(el: HTMLElement, today: string, buildDay: string): void {
  const counts = countsOn(JSON.parse(el.dataset.statusCounts ?? '') as CountSchedule, today);
  if (!counts) {
    markAsBuilt(el, buildDay);
    return;
  }
  for (const count of el.querySelectorAll<HTMLElement>('[data-status-count]')) {
    const value = counts[count.dataset.statusCount as Status];
    if (value !== undefined) count.textContent = String(value);
  }
}

/** Rewords the page for `today`; a page read on its build day (body[data-build-date]) stays as built. */
export function updateStatuses(root: Document = document, today: string = todayInBelgium()): void {
  const buildDay = root.body.dataset.buildDate ?? '';
  if (today === buildDay) return;
  for (const el of root.querySelectorAll<HTMLElement>('[data-status-start]')) updateStatus(el, today);
  if (!buildDay) return;
  for (const el of root.querySelectorAll<HTMLElement>('[data-status-counts]')) updateCounts(el, today, buildDay);
  for (const el of root.querySelectorAll<HTMLElement>('[data-status-day]')) el.textContent = formatDate(today);
  for (const el of root.querySelectorAll<HTMLElement>('[data-status-as-built]')) markAsBuilt(el, buildDay);
}
