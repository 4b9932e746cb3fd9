/**
 * What `npm ci` needs from package-lock.json, checked without a network: the lockfile must name
 * every optional platform binary that a locked package lists (npm ci on another platform fails with
 * "missing from lock file" otherwise), and its root entry must ask for the same ranges as
 * package.json (npm ci fails with "package.json and package-lock.json are not in sync").
 */

interface LockEntry {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

export interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Node's resolution: from a package's folder up to the root, the first node_modules/<name> that exists. */
function resolves(keys: Set<string>, from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (keys.has(`${base ? `${base}/` : ''}node_modules/${name}`)) return true;
    if (base === '') return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

/** Problems that would make `npm ci` fail, one sentence each naming the package and the fix. */
export function lockfileProblems(lock: Lockfile, pkg: PackageJson): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion < 2 || !lock.packages) {
    return ['package-lock.json has no "packages" map (lockfileVersion < 2): run `npm install` with npm 9 or newer and commit the lockfile'];
  }
  const keys = new Set(Object.keys(lock.packages));
  for (const [at, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(keys, at, name)) {
        problems.push(`${at || 'the root package'} lists the optional dependency ${name}, but package-lock.json has no entry for it: \`npm ci\` on a platform that needs it fails; regenerate the lockfile with \`npm install --package-lock-only\` on a registry that has it`);
      }
    }
  }
  const root = lock.packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
      if (wanted[name] !== locked[name]) {
        problems.push(`${field}.${name}: package.json asks for ${wanted[name] ?? 'nothing'}, package-lock.json records ${locked[name] ?? 'nothing'}: run \`npm install\` and commit package-lock.json`);
      }
    }
  }
  return problems;
}
