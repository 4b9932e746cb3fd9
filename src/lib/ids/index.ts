/**
 * Identifier rules, defined once. Schemas (src/schemas/) and the integrity check import these, so
 * a PMID means the same thing everywhere. Each rule has a pattern, a human description used in
 * error messages, an example, and (where the identifier resolves on the web) a URL builder.
 */
/** Slugs, the last URL segment of an entry: lowercase letters, digits and single hyphens ("e-52862"). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Citation keys, as used in `[@key]`, in `ref:` fields and as file names of references ("schmidt2016-nature"). */
export const CITATION_KEY = /^[a-z0-9][a-z0-9_.+-]*$/i;

export interface IdRule {
  /** Short name used in messages: "PMID", "NCT id", ... */
  readonly label: string;
  readonly pattern: RegExp;
  /** What a valid value looks like, for the fix part of an error message. */
  readonly shape: string;
  readonly example: string;
  readonly url?: (id: string) => string;
}

export const ID_RULES = {
  pmid: {
    label: 'PMID',
    // PubMed ids are positive integers without leading zeros; today they have up to 8 digits.
    pattern: /^[1-9]\d{0,8}$/,
    shape: 'digits only, no "PMID:" prefix',
    example: '27042935',
    url: (id) => `https://pubmed.ncbi.nlm.nih.gov/${id}/`,
  },
  pmcid: {
    label: 'PMCID',
    pattern: /^PMC\d{4,9}$/,
    shape: '"PMC" followed by digits',
    example: 'PMC6261271',
    url: (id) => `https://pmc.ncbi.nlm.nih.gov/articles/${id}/`,
  },
  doi: {
    label: 'DOI',
    // Crossref's recommended pattern: 10.<registrant 4-9 digits>/<suffix without spaces>.
    pattern: /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9<>[\]]+$/,
    shape: '"10." + registrant code + "/" + suffix, without "https://doi.org/" or "doi:"',
    example: '10.1038/nature17391',
    url: (id) => `https://doi.org/${id}`,
  },
  nct: {
    label: 'NCT id',
    pattern: /^NCT\d{8}$/,
    shape: 'NCT + 8 digits',
    example: 'NCT04556656',
    url: (id) => `https://clinicaltrials.gov/study/${id}`,
  },
  eudract: {
    label: 'EudraCT number',
    pattern: /^(19|20)\d{2}-\d{6}-\d{2}$/,
    shape: 'YYYY-NNNNNN-CC',
    example: '2012-000399-41',
    url: (id) => `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${id}`,
  },
  ctis: {
    label: 'EU CT number (CTIS)',
    pattern: /^20\d{2}-5\d{5}-\d{2}-\d{2}$/,
    shape: 'YYYY-5NNNNN-NN-NN',
    example: '2023-500000-01-00',
    url: (id) => `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=${id}`,
  },
  isrctn: {
    label: 'ISRCTN',
    pattern: /^ISRCTN\d{8}$/,
    shape: '"ISRCTN" followed by 8 digits',
    example: 'ISRCTN12345678',
    url: (id) => `https://www.isrctn.com/${id}`,
  },
  jrct: {
    label: 'jRCT id',
    pattern: /^jRCT[12s]\d{9}$/,
    shape: '"jRCT" followed by 10 characters, e.g. jRCT2031200000',
    example: 'jRCT2031200000',
    url: (id) => `https://jrct.niph.go.jp/latest-detail/${id}`,
  },
  anzctr: {
    label: 'ANZCTR id',
    pattern: /^ACTRN\d{14}$/,
    shape: '"ACTRN" followed by 14 digits',
    example: 'ACTRN12600000000000',
    url: (id) => `https://www.anzctr.org.au/ACTRN${id.slice(5)}.aspx`,
  },
  mesh: {
    label: 'MeSH id',
    // Descriptors (D), supplementary concepts (C); 6 to 9 digits after the letter.
    pattern: /^[DC]\d{6,9}$/,
    shape: '"D" or "C" followed by 6-9 digits, without a "MESH:" prefix',
    example: 'D012640',
    url: (id) => `https://meshb.nlm.nih.gov/record/ui?ui=${id}`,
  },
  ncbiGene: {
    label: 'NCBI Gene id',
    pattern: /^[1-9]\d{0,9}$/,
    shape: 'digits only',
    example: '10280',
    url: (id) => `https://www.ncbi.nlm.nih.gov/gene/${id}`,
  },
  uniprot: {
    label: 'UniProt accession',
    // UniProt's documented accession format.
    pattern: /^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$/,
    shape: 'a UniProt accession such as Q99720',
    example: 'Q99720',
    url: (id) => `https://www.uniprot.org/uniprotkb/${id}/entry`,
  },
  pubchemCid: {
    label: 'PubChem CID',
    pattern: /^[1-9]\d{0,11}$/,
    shape: 'digits only',
    example: '2244',
    url: (id) => `https://pubchem.ncbi.nlm.nih.gov/compound/${id}`,
  },
  chembl: {
    label: 'ChEMBL id',
    pattern: /^CHEMBL\d{1,9}$/,
    shape: '"CHEMBL" followed by digits',
    example: 'CHEMBL25',
    url: (id) => `https://www.ebi.ac.uk/chembl/explore/compound/${id}`,
  },
  gtopdb: {
    label: 'Guide to Pharmacology ligand id',
    pattern: /^[1-9]\d{0,5}$/,
    shape: 'digits only',
    example: '86',
    url: (id) => `https://www.guidetopharmacology.org/GRAC/LigandDisplayForward?ligandId=${id}`,
  },
  drugbank: {
    label: 'DrugBank id',
    pattern: /^DB\d{5}$/,
    shape: '"DB" followed by 5 digits',
    example: 'DB00502',
    url: (id) => `https://go.drugbank.com/drugs/${id}`,
  },
  inchikey: {
    label: 'InChIKey',
    // 14 letters (connectivity), 8 letters + S/N (standard or not) + version letter, protonation letter.
    pattern: /^[A-Z]{14}-[A-Z]{8}[SN][A-Z]-[A-Z]$/,
    shape: '27 characters: 14 capital letters, "-", 10 capital letters, "-", 1 capital letter',
    example: 'LNEPOXFFQSENCJ-UHFFFAOYSA-N',
  },
  cas: {
    label: 'CAS number',
    pattern: /^\d{2,7}-\d{2}-\d$/,
    shape: 'NNNNNNN-NN-N with a valid check digit',
    example: '50-78-2',
  },
  omim: {
    label: 'OMIM number',
    pattern: /^\d{6}$/,
    shape: '6 digits',
    example: '601978',
    url: (id) => `https://omim.org/entry/${id}`,
  },
} as const satisfies Record<string, IdRule>;

export type IdKind = keyof typeof ID_RULES;

/** CAS registry numbers carry a check digit: sum of digits times their position from the right. */
export function isValidCasChecksum(cas: string): boolean {
  const digits = cas.replaceAll('-', '');
  const check = Number(digits.at(-1));
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i + 1);
  return sum % 10 === check;
}

export function isValidId(kind: IdKind, value: string): boolean {
  if (!ID_RULES[kind].pattern.test(value)) return false;
  if (kind === 'cas') return isValidCasChecksum(value);
  return true;
}

/** The message shown when a value fails a rule; pinned by tests, so reword with care. */
export function describeIdProblem(kind: IdKind, value: string): string {
  const rule = ID_RULES[kind];
  return `"${value}" is not a valid ${rule.label} (${rule.shape}, e.g. ${rule.example}).`;
}

export function idUrl(kind: IdKind, value: string): string | undefined {
  const rule: IdRule = ID_RULES[kind];
  return rule.url?.(value);
}

/** Trial registries, in the order pages list them, with the word a reader sees before the number. */
const TRIAL_REGISTRIES = [
  ['nct', ''],
  ['eudract', 'EudraCT '],
  ['ctis', 'EU CT '],
  ['isrctn', ''],
  ['jrct', ''],
  ['anzctr', ''],
] as const satisfies readonly (readonly [IdKind, string])[];

export type TrialRegistryKind = (typeof TRIAL_REGISTRIES)[number][0];

/** A trial's registry ids, every registry in one order: the id, how a page shows it, and its link. */
export function trialRegistryIds(registry: Readonly<Record<TrialRegistryKind, readonly string[]>>): { kind: TrialRegistryKind; id: string; text: string; url: string | undefined }[] {
  return TRIAL_REGISTRIES.flatMap(([kind, prefix]) => registry[kind].map((id) => ({ kind, id, text: `${prefix}${id}`, url: idUrl(kind, id) })));
}
