/**
 * Text of a PDF, page by page, with a maintained library (unpdf, which bundles pdf.js): no
 * external tools. Lines are rebuilt from the positions of the text pieces: a wide gap between
 * two pieces on one line becomes a tab, so table columns survive; a wide gap between lines
 * becomes a blank line, so paragraphs survive.
 */
import { getDocumentProxy } from 'unpdf';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
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
    const rows = new Map<number, Piece[]>();
    for (const piece of pieces) {
      const key = [...rows.keys()].find((y) => Math.abs(y - piece.y) < 2) ?? piece.y;
      rows.set(key, [...(rows.get(key) ?? []), piece]);
    }
    const lines = [...rows.entries()].sort((a, b) => b[0] - a[0]);
    let text = '';
    let previousY: number | undefined;
    let previousHeight = 10;
    for (const [y, row] of lines) {
      row.sort((a, b) => a.x - b.x);
      let line = '';
      let end: number | undefined;
      let column = false;
      for (const piece of row) {
        if (!piece.str) continue;
        // pdf.js fills a wide gap with one space piece as wide as the gap: that is a column break.
        if (!piece.str.trim()) {
          if (piece.width > 24) column = true;
          else if (!line.endsWith(' ')) line += ' ';
          end = piece.x + piece.width;
          continue;
        }
        const gap = end === undefined ? 0 : piece.x - end;
        if (end !== undefined && (column || gap > 24)) line = `${line.trimEnd()}\t${piece.str}`;
        else line += gap > 1 && !line.endsWith(' ') ? ` ${piece.str}` : piece.str;
        column = false;
        end = piece.x + piece.width;
      }
      if (!line.trim()) continue;
      if (previousY !== undefined && previousY - y > previousHeight * 1.9) text += '\n';
      text += `${line}\n`;
      previousY = y;
      previousHeight = Math.max(...row.map((p) => p.height), 8);
    }
    pages.push(text);
  }
  return pages;
}
