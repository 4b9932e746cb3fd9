import { describe, expect, test } from 'vitest';
import { checkStructures, cleanSvg, loadChemistry } from '../../src/lib/structure.ts';
import { fieldLine } from '../../src/lib/integrity.ts';

// Haloperidol as the NCATS GSRS record gives it (drugs.ncats.io/drug/J6292F8L3D).
const HALOPERIDOL = { smiles: 'OC1(CCN(CCCC(=O)C2=CC=C(F)C=C2)CC1)C3=CC=C(Cl)C=C3', formula: 'C21H23ClFNO2', inchikey: 'LNEPOXFFQSENCJ-UHFFFAOYSA-N' };

describe('RDKit depiction', () => {
  test('formula and InChIKey computed from the SMILES match the record', async () => {
    const d = (await loadChemistry()).depict(HALOPERIDOL.smiles, 'Structure of haloperidol');
    expect(d?.formula).toBe(HALOPERIDOL.formula);
    expect(d?.inchikey).toBe(HALOPERIDOL.inchikey);
  }, 30_000);

  test('the drawing is an accessible inline SVG fit for a CSP without inline styles', async () => {
    const svg = (await loadChemistry()).depict(HALOPERIDOL.smiles, 'Structure of haloperidol')!.svg;
    expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+" role="img" class="structure-svg"><title>Structure of haloperidol<\/title>/);
    expect(svg).not.toMatch(/style=|<\?xml|<!--|rdkit|xmlns:/);
    expect(svg).toContain('stroke="currentColor"');
    // Heteroatoms keep their colours (O red, N blue, Cl green, F): four colours besides black.
    expect(svg).toContain('#FF0000');
    expect(svg).toContain('#0000FF');
  }, 30_000);

  test('a stereoisomer gives a different InChIKey with the same skeleton', async () => {
    const chem = await loadChemistry();
    const r = chem.depict('C[C@H](N)C(=O)O', 'L-alanine')!;
    const s = chem.depict('C[C@@H](N)C(=O)O', 'D-alanine')!;
    expect(r.inchikey.slice(0, 14)).toBe(s.inchikey.slice(0, 14));
    expect(r.inchikey).not.toBe(s.inchikey);
  }, 30_000);

  test('an unreadable SMILES gives nothing', async () => {
    expect((await loadChemistry()).depict('C1CC(', 'broken')).toBeUndefined();
  }, 30_000);
});

describe('checkStructures', () => {
  const entry = (structure: object, ids: object = {}) => {
    const yaml = `title: X\nids:\n  inchikey: K\nstructure:\n  smiles: S\n  formula: F\n`;
    return { file: 'content/compounds/x.mdx', yaml, yamlLine: 2, parsed: { title: 'X', structure, ids } };
  };
  const engine = { depict: (smiles: string) => (smiles === 'bad' ? undefined : { svg: '', formula: 'C2H6O', inchikey: 'LFQSCWFLJHTTHZ-UHFFFAOYSA-N' }) };

  test('agreement gives no problem', () => {
    expect(checkStructures([entry({ smiles: 'CCO', formula: 'C2H6O' }, { inchikey: 'LFQSCWFLJHTTHZ-UHFFFAOYSA-N' })], engine, fieldLine)).toEqual([]);
  });

  test('each disagreement names file, line, field and fix', () => {
    const problems = checkStructures([entry({ smiles: 'CCO', formula: 'C2H6O2' }, { inchikey: 'LFQSCWFLJHTTHZ-UHFFFAOYSA-O' })], engine, fieldLine);
    expect(problems).toEqual([
      { file: 'content/compounds/x.mdx', line: 7, rule: 'structure-is-valid', message: expect.stringContaining("structure.formula: the record's formula is C2H6O2 but the SMILES gives C2H6O.") },
      { file: 'content/compounds/x.mdx', line: 4, rule: 'structure-is-valid', message: expect.stringContaining('(same skeleton: the stereochemistry, isotopes or charge differ)') },
    ]);
  });

  test('without a formula from the record, the InChIKey alone is checked', () => {
    expect(checkStructures([entry({ smiles: 'CCO' }, { inchikey: 'LFQSCWFLJHTTHZ-UHFFFAOYSA-N' })], engine, fieldLine)).toEqual([]);
    const problems = checkStructures([entry({ smiles: 'CCO' }, { inchikey: 'XXXXXXXXXXXXXX-UHFFFAOYSA-N' })], engine, fieldLine);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining("ids.inchikey: the record's InChIKey is XXXXXXXXXXXXXX-UHFFFAOYSA-N but the SMILES gives LFQSCWFLJHTTHZ-UHFFFAOYSA-N")]);
  });

  test('an unreadable SMILES is reported', () => {
    expect(checkStructures([entry({ smiles: 'bad', formula: 'C2H6O' })], engine, fieldLine)[0]?.message).toBe('structure.smiles: RDKit cannot read "bad". Copy the SMILES exactly as the record gives it.');
  });
});

test('cleanSvg turns style declarations into attributes and drops defaults', () => {
  const svg = cleanSvg("<?xml version='1.0'?>\n<svg width='10px' height='10px' viewBox='0 0 10 10' xmlns:rdkit='x'><!-- c --><rect style='opacity:1.0;fill:#FFFFFF;stroke:none' width='10' height='10' x='0' y='0'> </rect><path class='bond-0' d='M 0,0 L 1,1' style='fill:none;stroke:#000000;stroke-width:2.0px;stroke-linecap:butt' /></svg>", 'T');
  expect(svg).toBe('<svg viewBox="0 0 10 10" role="img" class="structure-svg"><title>T</title><rect width="10" height="10" x="0" y="0" fill="#FFFFFF" stroke="none"></rect><path d="M 0,0 L 1,1" fill="none" stroke="currentColor" stroke-width="2.0"></path></svg>');
});
