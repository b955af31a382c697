// npm run public:manifest: writes public-manifest.txt, the name and SHA-256 of every file in
// public/. The check refuses any file in public/ that differs from it (docs/trust-boundary.md).
// Only maintainers change public/; CODEOWNERS asks for their review of both.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatManifest, publicManifestName } from '../src/lib/repository/trust-boundary.node.ts';

const root = resolve(import.meta.dirname, '..');
writeFileSync(resolve(root, publicManifestName), formatManifest(root));
console.log(`${publicManifestName} bijgewerkt. Commit het samen met de wijziging in public/.`);
