/**
 * Optional platform packages missing from package-lock.json (see scripts/lock-platforms.ts):
 * for every locked package, each optional dependency without its own lock entry.
 */
type LockPackages = Record<string, Record<string, unknown>>;

const osNames: Record<string, string> = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  android: 'android',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  sunos: 'sunos',
  wasm32: 'wasi',
};
const cpuNames = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];

/** The os, cpu and libc a platform package is for, read from its name ("…-linux-x64-musl"). */
export function platformOf(name: string): { os?: string[]; cpu?: string[]; libc?: string[] } {
  const parts = name.split('/').pop()!.split('-');
  const os = parts.map((p) => osNames[p]).find(Boolean);
  const cpu = parts.find((p) => cpuNames.includes(p));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { ...(os && os !== 'wasi' ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

/** The key order npm writes (arborist's shrinkwrap: these first, the rest alphabetically), so `npm install` leaves the file as it is. */
const npmKeyOrder = ['name', 'version', 'lockfileVersion', 'resolved', 'integrity', 'requires', 'packages', 'dependencies'];

export function inNpmKeyOrder(entry: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (npmKeyOrder.includes(key) ? npmKeyOrder.indexOf(key) : npmKeyOrder.length);
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en')));
}

export function missingPlatformEntries(lock: { packages: LockPackages }): LockPackages {
  const added: LockPackages = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    const optional = (entry.optionalDependencies ?? {}) as Record<string, string>;
    const base = path === '' ? '' : `${path}/`;
    for (const [name, version] of Object.entries(optional)) {
      const nested = `${base}node_modules/${name}`;
      const top = `node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[top] || added[top]) continue;
      // A platform package of a development tool is itself a development package, as npm marks it.
      added[top] = inNpmKeyOrder({ version, optional: true, ...(entry.dev ? { dev: true } : {}), ...platformOf(name) });
    }
  }
  return added;
}
