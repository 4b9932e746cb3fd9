/**
 * Aliases for search. Pagefind has no synonym feature, so each page carries, in a weighted block
 * that readers do not see, the other names of what it is about — generated from the content
 * (synonyms, code names, identifiers), never from a hand-kept list — with the spelling variants
 * people type: Greek letters spelled out, hyphens and spaces dropped or added, "(+)-" prefixes
 * removed, radiolabels stripped.
 */

const GREEK: Record<string, string> = { σ: 'sigma', α: 'alpha', β: 'beta', κ: 'kappa', μ: 'mu', δ: 'delta', γ: 'gamma' };

/** Spelling variants of one name, the name itself included. Deterministic order, no duplicates. */
export function termVariants(term: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    if (t) out.add(t);
  };
  const base = term.trim();
  add(base);
  const spelled = base.replace(/[σαβκμδγ]/g, (c) => GREEK[c]!);
  add(spelled);
  // "σ1R" -> "sigma1R" and "sigma-1R"; "sigma-1" -> "sigma1", "sigma 1".
  for (const s of [base, spelled]) {
    add(s.replace(/(sigma|alpha|beta|kappa|mu|delta|gamma)(\d)/gi, '$1-$2'));
    add(s.replace(/-/g, ''));
    add(s.replace(/-/g, ' '));
  }
  // "(+)-pentazocine" -> "pentazocine"; "[18F]FTC-146" -> "FTC-146", "18F-FTC-146".
  const unprefixed = base.replace(/^\([+-]\)-?/, '');
  if (unprefixed !== base) add(unprefixed);
  const label = /^\[(\d+[A-Z][a-z]?)\](.+)$/.exec(base);
  if (label) {
    add(label[2]!);
    add(`${label[1]}-${label[2]}`);
    add(label[2]!.replace(/-/g, ''));
  }
  return [...out];
}

/** All variants of several names, flattened and de-duplicated (case-insensitively). */
export function aliasList(names: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    if (!name) continue;
    for (const v of termVariants(name)) {
      const key = v.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(v);
      }
    }
  }
  return out;
}

/** Identifier spellings people paste: "27042935", "PMID 27042935", "PMID:27042935", DOI with and without prefix. */
export function identifierAliases(ids: { PMID?: string | undefined; DOI?: string | undefined; PMCID?: string | undefined; nct?: readonly string[]; eudract?: readonly string[]; mesh?: readonly string[] }): string[] {
  const out: string[] = [];
  if (ids.PMID) out.push(ids.PMID, `PMID ${ids.PMID}`, `PMID:${ids.PMID}`);
  if (ids.DOI) out.push(ids.DOI, `doi:${ids.DOI}`, ids.DOI.split('/').slice(1).join('/'));
  if (ids.PMCID) out.push(ids.PMCID);
  for (const n of ids.nct ?? []) out.push(n);
  for (const e of ids.eudract ?? []) out.push(e, `EudraCT ${e}`);
  for (const m of ids.mesh ?? []) out.push(m, `MESH:${m}`);
  return out;
}

/**
 * Hyphenated words of a title, split ("oxaliplatin-induced" -> "oxaliplatin induced"), except those
 * that are names of something else (a compound's code name belongs to the compound's page). Pagefind
 * matches the parts of a hyphenated word only partially, so a title word would otherwise rank low.
 */
export function splitHyphenatedWords(title: string, exclude: Iterable<string> = []): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const skip = new Set([...exclude].map(norm));
  return (title.match(/[^\s(),;:]+-[^\s(),;:]+/g) ?? []).filter((w) => !skip.has(norm(w))).map((w) => w.replace(/-/g, ' '));
}
