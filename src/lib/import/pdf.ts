/**
 * Text of a PDF, page by page, with a maintained library (unpdf, which bundles pdf.js): no
 * external tools. Lines are rebuilt from the positions of the text pieces (`getTextContent`
 * items with their x/y): a wide gap between two pieces on one line starts a new cell; a wide gap
 * between lines becomes a blank line, so paragraphs survive.
 *
 * Tables are rebuilt from positions too: consecutive lines with several cells whose starts line
 * up form a table; its columns are the x positions where cells start. A line that only continues
 * cells of the row above (a cell's text wrapped inside its column) is joined to that row, so a
 * table comes out one row per line, cells separated by tabs, never mixed between rows.
 */
import { getDocumentProxy } from 'unpdf';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Cell {
  x: number;
  text: string;
}

interface Line {
  y: number;
  height: number;
  cells: Cell[];
}

/** A gap this wide between two pieces on a line separates cells. */
const CELL_GAP = 24;

/** The pieces of one line as cells: split where the gap is wide, or where a piece starts at a known column. */
function cellsOf(row: Piece[], columns: number[] = []): Cell[] {
  const cells: Cell[] = [];
  let end: number | undefined;
  let wide = false;
  for (const piece of [...row].sort((a, b) => a.x - b.x)) {
    if (!piece.str) continue;
    // pdf.js fills a wide gap with one space piece as wide as the gap: that is a cell break.
    if (!piece.str.trim()) {
      if (piece.width > CELL_GAP) wide = true;
      else if (cells.length && !cells.at(-1)!.text.endsWith(' ')) cells.at(-1)!.text += ' ';
      end = piece.x + piece.width;
      continue;
    }
    const gap = end === undefined ? 0 : piece.x - end;
    const atColumn = columns.some((x) => Math.abs(x - piece.x) < 3);
    if (!cells.length || wide || gap > CELL_GAP || (atColumn && gap > 2)) cells.push({ x: piece.x, text: piece.str });
    else cells.at(-1)!.text += gap > 1 && !cells.at(-1)!.text.endsWith(' ') ? ` ${piece.str}` : piece.str;
    wide = false;
    end = piece.x + piece.width;
  }
  return cells.map((c) => ({ x: c.x, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text);
}

/** Groups nearby x positions; returns the left edge of each group. */
function clusters(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (!out.length || x - out.at(-1)! > 6) out.push(x);
  return out;
}

const columnOf = (columns: number[], x: number) => {
  let best = 0;
  columns.forEach((c, i) => {
    if (x >= c - 3) best = i;
  });
  return best;
};

/** Consecutive lines that form a table, rebuilt as rows of cells. */
function tableRows(lines: Line[], pieces: Piece[][]): string[] {
  const multi = lines.filter((l) => l.cells.length >= 2);
  const starts = clusters(multi.flatMap((l) => l.cells.map((c) => c.x)));
  // A column is a start shared by at least two lines, or one of the line with the most cells.
  const widest = multi.reduce<Line | undefined>((best, l) => (!best || l.cells.length > best.cells.length ? l : best), undefined);
  const columns = starts.filter(
    (x) => multi.length < 2 || multi.filter((l) => l.cells.some((c) => Math.abs(c.x - x) < 6)).length >= 2 || widest?.cells.some((c) => Math.abs(c.x - x) < 6),
  );
  const cells = lines.map((line, i) => (columns.length >= 2 ? cellsOf(pieces[i]!, columns) : line.cells));
  const steps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const minStep = Math.min(...steps, Number.POSITIVE_INFINITY);
  const uniform = steps.every((s) => s < minStep * 1.3);
  const rows: string[][] = [];
  cells.forEach((lineCells, i) => {
    const first = lineCells[0];
    const startsRow = i === 0 || (first !== undefined && columnOf(columns, first.x) === 0 && (uniform || steps[i - 1]! > minStep * 1.3));
    if (startsRow || !rows.length) rows.push(Array.from({ length: columns.length }, () => ''));
    const row = rows.at(-1)!;
    for (const cell of lineCells) {
      const c = columnOf(columns, cell.x);
      row[c] = row[c] ? `${row[c]}${/[a-zà-ÿ]-$/.test(row[c]!) ? '' : ' '}${cell.text}`.replace(/([a-zà-ÿ])- (?=[a-zà-ÿ])/g, '$1') : cell.text;
    }
  });
  return rows.map((row) => row.join('\t'));
}

export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(data);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const pieces: Piece[] = (content.items as { str?: string; transform?: number[]; width?: number; height?: number }[])
      .filter((item) => typeof item.str === 'string' && item.transform)
      .map((item) => ({ str: item.str!, x: item.transform![4]!, y: item.transform![5]!, width: item.width ?? 0, height: item.height || Math.abs(item.transform![3]!) || 10 }));
    const byY = new Map<number, Piece[]>();
    for (const piece of pieces) {
      const key = [...byY.keys()].find((y) => Math.abs(y - piece.y) < 2) ?? piece.y;
      byY.set(key, [...(byY.get(key) ?? []), piece]);
    }
    const rows = [...byY.entries()].sort((a, b) => b[0] - a[0]);
    const lines: Line[] = rows.map(([y, row]) => ({ y, height: Math.max(...row.map((p) => p.height), 8), cells: cellsOf(row) })).filter((l) => l.cells.length);
    const rowPieces = rows.filter(([, row]) => cellsOf(row).length).map(([, row]) => row);

    let text = '';
    let previous: Line | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // A table: from a line with several cells, every following line that has several cells or
      // continues a column to the right of the first, without a paragraph's gap in between.
      if (line.cells.length >= 2) {
        let j = i + 1;
        const close = (k: number) => lines[k - 1]!.y - lines[k]!.y < lines[k - 1]!.height * 2.6;
        while (
          j < lines.length &&
          close(j) &&
          (lines[j]!.cells.length >= 2 ||
            lines[j]!.cells[0]!.x > line.cells[0]!.x + 20 ||
            // the first column's text wrapped: a short line at the table's left edge, tight below the one above
            (lines[j]!.cells[0]!.text.length < 60 && Math.abs(lines[j]!.cells[0]!.x - line.cells[0]!.x) < 3 && lines[j - 1]!.y - lines[j]!.y < lines[j - 1]!.height * 1.5))
        )
          j++;
        if (previous) text += '\n';
        text += `${tableRows(lines.slice(i, j), rowPieces.slice(i, j)).join('\n')}\n\n`;
        previous = undefined;
        i = j - 1;
        continue;
      }
      if (previous && previous.y - line.y > previous.height * 1.9) text += '\n';
      text += `${line.cells.map((c) => c.text).join('\t')}\n`;
      previous = line;
    }
    pages.push(text);
  }
  return pages;
}
