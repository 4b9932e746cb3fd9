/**
 * Peers installed from the npm registry at bench time into a temp folder, never into the project:
 * a default Starlight site (same Astro version as ours) and Lighthouse. An install is reused by
 * later runs while its package.json is unchanged (pass --fresh-peers to reinstall).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus, type CorpusFile } from './corpus.ts';
import { buildEnv, linkNodeModules, ROOT, tempDir } from './util.ts';

export const PEERS_DIR = path.join(tmpdir(), 'sigma1-atlas-bench-peers');

/**
 * Exact versions, so a bench next year measures against the same peer and the same auditor (a caret
 * range would drift with every release). Raise them deliberately, and say so in bench/README.md.
 */
export const PEER_VERSIONS = { starlight: '0.42.4', lighthouse: '13.5.0' } as const;

export interface PeerInstall {
  dir: string;
  /** Installed versions of the named packages. */
  versions: Record<string, string>;
  installMs: number;
  reused: boolean;
}

export function installedVersion(dir: string, pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** `npm install` `deps` into PEERS_DIR/<name>; throws with npm's output if it fails. */
export function ensurePeer(name: string, deps: Record<string, string>, options: { fresh?: boolean } = {}): PeerInstall {
  const dir = path.join(PEERS_DIR, name);
  const pkg = JSON.stringify({ name: `bench-peer-${name}`, private: true, type: 'module', dependencies: deps, allowScripts: { esbuild: true, sharp: true } }, null, 2);
  const pkgFile = path.join(dir, 'package.json');
  const versions = () => Object.fromEntries(Object.keys(deps).map((d) => [d, installedVersion(dir, d)]));
  if (!options.fresh && existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === pkg && existsSync(path.join(dir, 'node_modules/.package-lock.json'))) {
    return { dir, versions: versions(), installMs: 0, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(pkgFile, pkg);
  const t0 = performance.now();
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', env: buildEnv(), timeout: 10 * 60_000 });
  if (result.status !== 0) {
    rmSync(pkgFile, { force: true });
    throw new Error(`npm install ${Object.keys(deps).join(' ')} failed (exit ${result.status ?? result.signal}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-12).join('\n')}`);
  }
  return { dir, versions: versions(), installMs: performance.now() - t0, reused: false };
}

/** Our Astro version, so the peer builds with the same one. */
export const ourAstroVersion = () => installedVersion(ROOT, 'astro');

export function installStarlight(options: { fresh?: boolean } = {}): PeerInstall {
  return ensurePeer('starlight', { '@astrojs/starlight': PEER_VERSIONS.starlight, astro: ourAstroVersion() }, options);
}

/**
 * A default Starlight site (title and site only, everything else as `npm create astro -- --template
 * starlight` leaves it) whose docs are `docs`, with node_modules linked from the peer install.
 * Our build-timing integration is added (copied in; it only records hook times when the bench sets
 * ATLAS_BUILD_TIMING), so both sites' phases are measured the same way.
 * Returns the project root. Its package.json must list the dependencies: Vite decides from them
 * which packages to bundle, and without them Starlight's `astro:` imports are left to Node and fail.
 */
export function makeStarlightProject(label: string, peer: PeerInstall, docs: readonly CorpusFile[]): string {
  const root = tempDir(label);
  const { dependencies } = JSON.parse(readFileSync(path.join(peer.dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies }, null, 2));
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "import { buildTiming } from './bench-timing/plugins/build-timing.ts';",
      '',
      "export default defineConfig({ site: 'https://bench.example', integrations: [buildTiming(), starlight({ title: 'Benchmark peer' })] });",
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(root, 'src'), { recursive: true });
  writeFileSync(
    path.join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  for (const f of ['plugins/build-timing.ts', 'lib/build-timing.ts']) cpSync(path.join(ROOT, 'src', f), path.join(root, 'bench-timing', f));
  writeCorpus(path.join(root, 'src/content/docs'), docs);
  linkNodeModules(path.join(peer.dir, 'node_modules'), root);
  return root;
}

export const starlightAstroBin = (peer: PeerInstall) => path.join(peer.dir, 'node_modules/.bin/astro');
