// node scripts/merge-shards.ts <out> <shard-1> <shard-2> …: one site from the outputs of
// `npm run build -- --shard i/N`. Every file outside pagefind/ is taken from the shard that has
// it; a file that several shards have (the overview pages, assets) must be byte for byte the same
// in all of them, or nothing is written. Shard 1's search index stays in pagefind/, shard k's goes
// to pagefind-k/ (with its slices, pagefind-k/deel-j/), and pagefind/shards.json lists all those
// for the search page (Pagefind's mergeIndex).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const [out, ...shards] = process.argv.slice(2).map((arg) => resolve(arg));
if (!out || shards.length < 2) {
  console.error('Gebruik: node scripts/merge-shards.ts <uitvoer> <shard-1> <shard-2> [...]');
  process.exit(2);
}
const started = performance.now();
const files = (dir: string): string[] => {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (d !== dir || name !== 'pagefind') walk(path);
      } else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found;
};

const tmp = `${out}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
const from = new Map<string, string>();
let conflicts = 0;
for (const shard of shards) {
  for (const file of files(shard)) {
    const seen = from.get(file);
    if (seen === undefined) {
      from.set(file, shard);
      mkdirSync(dirname(join(tmp, file)), { recursive: true });
      cpSync(join(shard, file), join(tmp, file));
    } else if (!readFileSync(join(seen, file)).equals(readFileSync(join(shard, file)))) {
      if (++conflicts <= 10) console.error(`Verschilt tussen ${seen} en ${shard}: ${file}`);
    }
  }
}
if (conflicts > 0) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`${conflicts} bestand(en) verschillen tussen de shards: er is niets samengevoegd.`);
  process.exit(1);
}
const merged: string[] = [];
shards.forEach((shard, i) => {
  const index = join(shard, 'pagefind');
  if (!existsSync(index)) return;
  const target = i === 0 ? 'pagefind' : `pagefind-${i + 1}`;
  cpSync(index, join(tmp, target), { recursive: true });
  if (i > 0) merged.push(`/${target}/`);
  // A shard's own slices (pagefind/deel-k/, scripts/search-index.ts) move with its index.
  const slices = JSON.parse(readFileSync(join(index, 'shards.json'), 'utf8')) as string[];
  for (const slice of slices) merged.push(slice.replace(/^\/pagefind\//, `/${target}/`));
});
writeFileSync(join(tmp, 'pagefind', 'shards.json'), `${JSON.stringify(merged)}\n`);
rmSync(out, { recursive: true, force: true });
renameSync(tmp, out);
console.log(`${shards.length} shards samengevoegd in ${out}: ${from.size} bestanden, ${shards.length} zoekindexen (${((performance.now() - started) / 1000).toFixed(1)} s).`);
