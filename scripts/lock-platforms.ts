// npm run lock:platforms: after `npm install`, adds to package-lock.json the optional platform
// packages (compiler bindings, Pagefind, Biome for macOS, Windows, …) that the registry here does
// not serve, so that `npm ci` works on every platform. Each entry gets its version and the
// os/cpu/libc that npm reads from the name; npm fetches and hashes it on the platform that uses it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { missingPlatformEntries } from '../src/lib/repository/lockfile.ts';

const file = resolve(import.meta.dirname, '../package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, Record<string, unknown>> };
const added = missingPlatformEntries(lock);
for (const [path, entry] of Object.entries(added)) lock.packages[path] = entry;
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${Object.keys(added).length} platformpakketten toegevoegd aan package-lock.json.`);
