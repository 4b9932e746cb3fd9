import { describe, expect, test } from 'vitest';
import { describeIdProblem, idUrl, isValidCasChecksum, isValidId, trialRegistryIds, type IdKind } from '../../src/lib/ids/index.ts';

describe('identifier rules', () => {
  test.each<[IdKind, string, boolean]>([
    ['pmid', '27042935', true],
    ['pmid', '8954936', true],
    ['pmid', 'PMID:27042935', false],
    ['pmid', '027042935', false],
    ['pmid', '', false],
    ['pmcid', 'PMC6261271', true],
    ['pmcid', '6261271', false],
    ['doi', '10.1038/nature17391', true],
    ['doi', '10.1016/S0140-6736(19)32500-0', true],
    ['doi', '10.1007/978-3-319-50174-1_9', true],
    ['doi', 'https://doi.org/10.1038/nature17391', false],
    ['doi', 'doi:10.1038/nature17391', false],
    ['doi', '10.1038/ nature', false],
    ['nct', 'NCT04556656', true],
    ['nct', 'NCT0455665', false],
    ['nct', 'nct04556656', false],
    ['eudract', '2012-000399-41', true],
    ['eudract', '2012-00039-41', false],
    ['mesh', 'D012640', true],
    ['mesh', 'C562695', true],
    ['mesh', 'MESH:D012640', false],
    ['ncbiGene', '10280', true],
    ['ncbiGene', 'GeneID:10280', false],
    ['uniprot', 'Q99720', true],
    ['uniprot', 'O55242', true],
    ['uniprot', 'A0A024R161', true],
    ['uniprot', 'Q9972', false],
    ['pubchemCid', '2244', true],
    ['pubchemCid', 'CID2244', false],
    ['chembl', 'CHEMBL25', true],
    ['chembl', 'chembl25', false],
    ['cas', '50-78-2', true],
    ['cas', '50-78-3', false],
    ['omim', '601978', true],
    ['omim', '60197', false],
  ])('%s %j -> %s', (kind, value, ok) => {
    expect(isValidId(kind, value)).toBe(ok);
  });

  test('CAS check digit', () => {
    expect(isValidCasChecksum('7732-18-5')).toBe(true); // water
    expect(isValidCasChecksum('7732-18-4')).toBe(false);
  });

  test('messages name the rule and give an example', () => {
    expect(describeIdProblem('nct', 'NCT0123456')).toBe('"NCT0123456" is not a valid NCT id (NCT + 8 digits, e.g. NCT04556656).');
  });

  test('URLs', () => {
    expect(idUrl('pmid', '27042935')).toBe('https://pubmed.ncbi.nlm.nih.gov/27042935/');
    expect(idUrl('doi', '10.1038/nature17391')).toBe('https://doi.org/10.1038/nature17391');
    expect(idUrl('nct', 'NCT04556656')).toBe('https://clinicaltrials.gov/study/NCT04556656');
    expect(idUrl('cas', '50-78-2')).toBeUndefined();
  });
});

test('trialRegistryIds lists every registry in one order, with the reader-facing text and a link', () => {
  const ids = trialRegistryIds({ nct: ['NCT04556656'], eudract: ['2012-000399-41'], ctis: [], isrctn: ['ISRCTN12345678'], jrct: [], anzctr: [] });
  expect(ids.map((r) => r.text)).toEqual(['NCT04556656', 'EudraCT 2012-000399-41', 'ISRCTN12345678']);
  expect(ids.map((r) => r.url)).toEqual(['https://clinicaltrials.gov/study/NCT04556656', 'https://www.clinicaltrialsregister.eu/ctr-search/search?query=2012-000399-41', 'https://www.isrctn.com/ISRCTN12345678']);
});
