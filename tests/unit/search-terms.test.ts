import { describe, expect, test } from 'vitest';
import { aliasList, identifierAliases, splitHyphenatedWords, termVariants } from '../../src/lib/search-terms.ts';

describe('termVariants', () => {
  test.each([
    ['E-52862', ['E-52862', 'E52862', 'E 52862']],
    ['σ1R', ['σ1R', 'sigma1R', 'sigma-1R']],
    ['sigma-1 receptor', ['sigma-1 receptor', 'sigma1 receptor', 'sigma 1 receptor']],
    ['(+)-pentazocine', ['(+)-pentazocine', '(+)pentazocine', '(+) pentazocine', 'pentazocine']],
    ['[18F]FTC-146', ['[18F]FTC-146', '[18F]FTC146', '[18F]FTC 146', 'FTC-146', '18F-FTC-146', 'FTC146']],
    ['ANAVEX2-73', ['ANAVEX2-73', 'ANAVEX273', 'ANAVEX2 73']],
    ['BiP', ['BiP']],
  ])('%s', (term, expected) => {
    expect(termVariants(term)).toEqual(expected);
  });
});

test('aliasList de-duplicates case-insensitively and skips blanks', () => {
  expect(aliasList(['S1RA', 's1ra', undefined, 'MR309'])).toEqual(['S1RA', 'MR309']);
});

test('identifierAliases', () => {
  expect(identifierAliases({ PMID: '27042935', DOI: '10.1038/nature17391', nct: ['NCT04556656'], mesh: ['D012640'] })).toEqual([
    '27042935', 'PMID 27042935', 'PMID:27042935', '10.1038/nature17391', 'doi:10.1038/nature17391', 'nature17391', 'NCT04556656', 'D012640', 'MESH:D012640',
  ]);
});

test('splitHyphenatedWords keeps other pages\' names out', () => {
  expect(splitHyphenatedWords('MR309 (E-52862) for oxaliplatin-induced neuropathy, phase 2a', ['E-52862', 'MR309'])).toEqual(['oxaliplatin induced']);
  expect(splitHyphenatedWords('Pridopidine in PROOF-HD', [])).toEqual(['PROOF HD']);
});
