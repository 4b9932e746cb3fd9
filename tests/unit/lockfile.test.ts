import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Lockfile, lockfileProblems } from '../../scripts/lib/lockfile.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

describe('package-lock.json is complete for `npm ci`', () => {
  it('the committed lockfile has every optional platform binary and matches package.json', () => {
    expect(lockfileProblems(read('package-lock.json'), read('package.json'))).toEqual([]);
  });

  const lock: Lockfile = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { tool: '^1.0.0' } },
      'node_modules/tool': { optionalDependencies: { 'tool-linux-x64': '1.0.0', 'tool-darwin-arm64': '1.0.0' } },
      'node_modules/tool-linux-x64': {},
      'node_modules/other/node_modules/tool-darwin-arm64': {},
    },
  };

  it('names a platform binary that a locked package lists but the lockfile lacks', () => {
    const problems = lockfileProblems(lock, { dependencies: { tool: '^1.0.0' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/node_modules\/tool lists the optional dependency tool-darwin-arm64/);
  });

  it('finds a binary hoisted to an ancestor folder, as Node resolves it', () => {
    const nested: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a/node_modules/tool': { optionalDependencies: { bin: '1' } },
        'node_modules/bin': {},
      },
    };
    expect(lockfileProblems(nested, {})).toEqual([]);
  });

  it('names a dependency whose range differs between package.json and the lockfile', () => {
    const complete = { ...lock, packages: { ...lock.packages, 'node_modules/tool-darwin-arm64': {} } };
    expect(lockfileProblems(complete, { dependencies: { tool: '^1.0.0' } })).toEqual([]);
    expect(lockfileProblems(complete, { dependencies: { tool: '^2.0.0' } })).toEqual([
      'dependencies.tool: package.json asks for ^2.0.0, package-lock.json records ^1.0.0: run `npm install` and commit package-lock.json',
    ]);
    expect(lockfileProblems(complete, { dependencies: { tool: '^1.0.0', extra: '1' } })[0]).toMatch(/^dependencies\.extra: package\.json asks for 1, package-lock\.json records nothing/);
  });
});
