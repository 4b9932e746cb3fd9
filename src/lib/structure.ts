/**
 * Chemical structures: a compound's SMILES drawn as an SVG at build time, and its formula and
 * InChIKey computed from the same SMILES, with RDKit's MinimalLib (WebAssembly; no client code).
 *
 * The drawing is made safe for a strict CSP (no style attributes: each declaration becomes a
 * presentation attribute) and accessible (role="img", a title). The check compares what RDKit
 * computes with the formula and InChIKey the content copied from a public record, so a SMILES
 * for the wrong compound, salt or stereoisomer stops the build.
 */
import { createRequire } from 'node:module';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Problem } from './problems.ts';

export interface Depiction {
  /** The structure as an inline SVG element (no XML prolog, no style attributes). */
  svg: string;
  /** Molecular formula in Hill order, from the standard InChI's formula layer. */
  formula: string;
  inchikey: string;
}

export interface ChemistryEngine {
  /** Undefined when the SMILES cannot be read. */
  depict(smiles: string, title: string): Depiction | undefined;
}

/** The subset of RDKit's MinimalLib API used here. */
interface RDKitModule {
  get_mol(input: string): RDKitMol | null;
  get_inchikey_for_inchi(inchi: string): string;
}
interface RDKitMol {
  get_inchi(): string;
  get_svg_with_highlights(details: string): string;
  delete(): void;
}

let engine: Promise<ChemistryEngine> | undefined;

/** RDKit, loaded once per process (about 0.3 s). */
export function loadChemistry(): Promise<ChemistryEngine> {
  engine ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = require.resolve('@rdkit/rdkit/RDKit_minimal.wasm');
    const init = require('@rdkit/rdkit') as (options: { locateFile: () => string }) => Promise<RDKitModule>;
    const rdkit = await init({ locateFile: () => wasm });
    return { depict: (smiles, title) => depictWith(rdkit, smiles, title) };
  })();
  return engine;
}

const DRAWING = JSON.stringify({ width: 320, height: 240, bondLineWidth: 1.4, clearBackground: false, addStereoAnnotation: true, fixedBondLength: 30 });

function depictWith(rdkit: RDKitModule, smiles: string, title: string): Depiction | undefined {
  const mol = rdkit.get_mol(smiles);
  if (!mol) return undefined;
  try {
    const inchi = mol.get_inchi();
    const formula = /^InChI=1S\/([^/]+)/.exec(inchi)?.[1];
    if (!formula) return undefined;
    return { svg: cleanSvg(mol.get_svg_with_highlights(DRAWING), title), formula, inchikey: rdkit.get_inchikey_for_inchi(inchi) };
  } finally {
    mol.delete();
  }
}

/** Style properties RDKit writes, kept as SVG presentation attributes (the rest are defaults). */
const KEPT = new Set(['fill', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity']);
const DEFAULTS: Record<string, string> = { 'fill-rule': 'nonzero', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', opacity: '1', 'fill-opacity': '1', 'stroke-opacity': '1' };

function isDefault(prop: string, value: string): boolean {
  const d = DEFAULTS[prop];
  return d !== undefined && (d === value || (Number.isFinite(Number(value)) && Number(d) === Number(value)));
}

/**
 * RDKit's SVG made fit for a page: no prolog, comments, RDKit attributes or style attributes; the
 * black of bonds and carbon-free labels follows the text colour; role="img" with a title.
 */
export function cleanSvg(svg: string, title: string): string {
  const tree = fromHtml(svg.replace(/^<\?xml[^>]*>\s*/, ''), { fragment: true, space: 'svg' }) as Root;
  const root = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'svg');
  if (!root) throw new Error('cleanSvg: no <svg> element in the drawing');
  visit(root, 'element', (el: Element) => {
    el.children = el.children.filter((c) => c.type !== 'comment' && !(c.type === 'text' && !c.value.trim()));
    const props = el.properties;
    const style = typeof props['style'] === 'string' ? props['style'] : '';
    delete props['style'];
    delete props['className'];
    for (const key of Object.keys(props)) if (/^(xmlns|xml|rdkit)/i.test(key)) delete props[key];
    for (const decl of style.split(';')) {
      const [name = '', ...rest] = decl.split(':');
      const prop = name.trim();
      const value = rest.join(':').trim().replace(/px$/, '');
      if (!KEPT.has(prop) || !value || isDefault(prop, value)) continue;
      props[prop] = /^#000000$/i.test(value) ? 'currentColor' : value;
    }
  });
  const width = root.properties['width'];
  const height = root.properties['height'];
  root.properties = {
    viewBox: root.properties['viewBox'] ?? `0 0 ${String(width).replace('px', '')} ${String(height).replace('px', '')}`,
    role: 'img',
    className: ['structure-svg'],
  };
  root.children = [{ type: 'element', tagName: 'title', properties: {}, children: [{ type: 'text', value: title }] }, ...root.children.filter((n) => n.type === 'element')];
  return toHtml(root, { space: 'svg' });
}

interface StructureEntry {
  file: string;
  yaml: string;
  yamlLine: number;
  parsed: Record<string, unknown>;
}

/**
 * Every compound's SMILES must be readable, and the formula and InChIKey RDKit computes from it
 * must equal those copied from the record. Returns problems with file, line and the fix.
 */
export function checkStructures(entries: Iterable<StructureEntry>, chem: ChemistryEngine, lineOf: (yaml: string, path: string[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const structure = entry.parsed['structure'] as { smiles: string; formula?: string } | undefined;
    if (!structure) continue;
    const at = (path: string[]) => {
      const line = lineOf(entry.yaml, path);
      return line === undefined ? {} : { line: entry.yamlLine + line - 1 };
    };
    const drawn = chem.depict(structure.smiles, String(entry.parsed['title'] ?? ''));
    if (!drawn) {
      problems.push({ file: entry.file, ...at(['structure', 'smiles']), rule: 'structure-is-valid', message: `structure.smiles: RDKit cannot read "${structure.smiles}". Copy the SMILES exactly as the record gives it.` });
      continue;
    }
    if (structure.formula !== undefined && drawn.formula !== structure.formula) {
      problems.push({
        file: entry.file,
        ...at(['structure', 'formula']),
        rule: 'structure-is-valid',
        message: `structure.formula: the record's formula is ${structure.formula} but the SMILES gives ${drawn.formula}. Copy SMILES and formula from the same record, for the same form (free base, no counter-ion).`,
      });
    }
    const key = (entry.parsed['ids'] as { inchikey?: string } | undefined)?.inchikey;
    if (key && key !== drawn.inchikey) {
      const sameSkeleton = key.slice(0, 14) === drawn.inchikey.slice(0, 14);
      problems.push({
        file: entry.file,
        ...at(['ids', 'inchikey']),
        rule: 'structure-is-valid',
        message: `ids.inchikey: the record's InChIKey is ${key} but the SMILES gives ${drawn.inchikey}${sameSkeleton ? ' (same skeleton: the stereochemistry, isotopes or charge differ)' : ''}. Use the SMILES and InChIKey of the same record and stereoisomer.`,
      });
    }
  }
  return problems;
}
