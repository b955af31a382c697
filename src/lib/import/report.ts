/**
 * What `npm run import` prints: per draft the fields it found and those an editor must review,
 * and for a folder one table (file, parties, data items, uncertain fields).
 */
import type { ImportResult } from './draft.ts';

export interface ImportRow {
  file: string;
  result: ImportResult;
}

const cell = (text: string) => text.replace(/[\r\n\t|]+/g, ' ').trim();

/** One row per drafted file: the parties (new ones marked "nieuw"), the number of data items, the uncertain fields. */
export function importTable(rows: ImportRow[]): string {
  const header = ['bestand', 'partijen', 'gegevens', 'onzeker'];
  const body = rows.map(({ file, result }) => {
    const parties = ((result.data.parties as { party: string }[] | undefined) ?? []).map((p) =>
      result.newParties.some((n) => n.slug === p.party) ? `${p.party} (nieuw)` : p.party,
    );
    const items = ((result.data.flows as { dataItems: { description: string }[] }[] | undefined) ?? [])
      .flatMap((f) => f.dataItems)
      .filter((i) => !/nog aan te vullen/i.test(i.description));
    const uncertain = [...new Set(result.review.map((r) => r.field))];
    return [file, parties.join(', ') || '(geen)', String(items.length), `${uncertain.length}: ${uncertain.join(', ')}`].map(cell);
  });
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...body.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join(' | ');
  return [line(header), widths.map((w, i) => (i === widths.length - 1 ? '-'.repeat(Math.max(7, header[i]!.length)) : '-'.repeat(w))).join('-|-'), ...body.map(line)].join('\n');
}

/** The report for one draft: what was found, what was not, and what to review with where it came from. */
export function importReport(target: string, result: ImportResult): string {
  return [
    `Ontwerp geschreven: ${target}${result.newParties.length ? ` (en ${result.newParties.length} ontwerp(en) van partijen: ${result.newParties.map((p) => `${p.slug}.yaml`).join(', ')})` : ''}`,
    '',
    'Gevonden (nakijken blijft nodig):',
    ...(result.found.length ? result.found.map((f) => `  ✓ ${f}`) : ['  (niets)']),
    ...(result.missing.length ? ['', 'Niet gevonden:', ...result.missing.map((m) => `  ✗ ${m}`)] : []),
    '',
    `Onzeker, na te kijken (${result.review.length}):`,
    ...result.review.map((r) => `  • ${r.field}: ${r.note}`),
  ].join('\n');
}
