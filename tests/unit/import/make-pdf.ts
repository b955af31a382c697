// A PDF drawn here from lines of text, for the importer's PDF tests.
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF with the given lines on pages of 40 lines, a running header and a page number; rows with \t become two columns. */
export async function makePdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const safe = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, (c) => ({ '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '•': '-', '…': '...' })[c] ?? '');
  const perPage = 40;
  const count = Math.ceil(lines.length / perPage);
  for (let p = 0; p < count; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText('Protocollen - kopie voor het register', { x: 50, y: 810, size: 9, font });
    lines.slice(p * perPage, (p + 1) * perPage).forEach((line, i) => {
      const [left, right] = line.split('\t');
      page.drawText(safe(left ?? ''), { x: 50, y: 780 - i * 18, size: 10, font });
      if (right !== undefined) page.drawText(safe(right), { x: 320, y: 780 - i * 18, size: 10, font });
    });
    page.drawText(`${p + 1}/${count}`, { x: 290, y: 30, size: 9, font });
  }
  return doc.save();
}
