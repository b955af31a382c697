/**
 * Which files of a content folder may be read at all. A pull request can commit a symlink (to a
 * file outside the checkout, to /dev/zero, to itself), a folder named like a content file, or a
 * file of hundreds of megabytes. Each entry is examined with lstat, before anything is opened:
 * only regular files inside the folder, of a sensible size, are read. Their bytes must be UTF-8.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, constants } from 'node:fs';
import type { Problem } from './issue.ts';

/** Largest content file the check reads: the longest real protocol text is about 120 KB. */
export const maxFileBytes = 2 * 1024 * 1024;

/** Why a directory entry may not be read, or undefined for a regular file of a sensible size. */
export function refuseEntry(path: string, expected: string): Problem | undefined {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return { code: 'F008', message: 'het bestand kan niet gelezen worden', fix: 'controleer of het bestand bestaat en leesbaar is' };
  }
  if (stat.isSymbolicLink())
    return {
      code: 'F004',
      message: 'een symbolische link wordt nooit gelezen: ze kan naar een bestand buiten het register wijzen',
      fix: `vervang de link door een gewoon ${expected}-bestand met de inhoud zelf`,
    };
  if (stat.isDirectory())
    return { code: 'F005', message: `een map met de naam van een ${expected}-bestand`, fix: `verwijder de map, of hernoem ze zodat de naam niet op ${expected} eindigt` };
  if (!stat.isFile()) return { code: 'F005', message: 'geen gewoon bestand (een apparaat, pipe of socket)', fix: `vervang het door een gewoon ${expected}-bestand` };
  if (stat.size > maxFileBytes)
    return {
      code: 'F006',
      message: `het bestand is te groot: ${(stat.size / 1024 / 1024).toFixed(1)} MB, hoogstens ${maxFileBytes / 1024 / 1024} MB`,
      fix: 'een protocoltekst is enkele honderden KB; laat bijlagen met ruwe gegevens weg',
    };
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The byte offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1]!;
    // Overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF.
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += length;
  }
  return -1;
}

export type ReadResult = { text: string } | { refusal: Problem };

/**
 * Reads a file that `refuseEntry` accepted, without following a link that replaced it since
 * (O_NOFOLLOW) and never more than the limit. A byte-order mark is dropped; other bytes must be
 * UTF-8, or the refusal names the byte offset.
 */
export function readContentFile(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { refusal: { code: 'F008', message: 'het bestand kan niet geopend worden (een link of geen gewoon bestand)', fix: 'vervang het door een gewoon bestand' } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refusal: { code: 'F005', message: 'geen gewoon bestand', fix: 'vervang het door een gewoon bestand' } };
    const buffer = Buffer.alloc(Math.min(stat.size, maxFileBytes) + 1);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, null);
      if (n === 0) break;
      read += n;
    }
    if (read > maxFileBytes) return { refusal: { code: 'F006', message: `het bestand is groter dan ${maxFileBytes / 1024 / 1024} MB`, fix: 'kort het bestand in' } };
    let bytes = buffer.subarray(0, read);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      const offset = invalidUtf8Offset(bytes);
      const hasBom = bytes !== buffer.subarray(0, read);
      return {
        refusal: {
          code: 'F007',
          message: `het bestand is geen geldige UTF-8: byte ${offset + (hasBom ? 3 : 0)} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}) is geen UTF-8`,
          fix: 'sla het bestand op als UTF-8 (in de meeste editors: "Opslaan als" → codering UTF-8); de tekst is waarschijnlijk Latin-1 of Windows-1252',
        },
      };
    }
  } finally {
    closeSync(fd);
  }
}
