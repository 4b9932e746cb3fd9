/**
 * Closed vocabularies. Each is one registry: the enum the schemas use, and the labels pages show.
 * Add a value here and every schema, filter and table picks it up.
 */
function vocabulary<const K extends string>(labels: Record<K, string>) {
  const keys = Object.keys(labels) as [K, ...K[]];
  return { keys, labels, label: (k: K) => labels[k] };
}

export const COMPOUND_ACTIONS = vocabulary({
  agonist: 'Agonist',
  antagonist: 'Antagonist',
  'positive-modulator': 'Positive allosteric modulator',
  'mixed-or-unclear': 'Mixed or unclear',
  'not-determined': 'Not determined',
});

/** What a compound is to S1R research, besides its action (a compound may have several roles). */
export const COMPOUND_ROLES = vocabulary({
  'reference-ligand': 'Reference ligand',
  'clinical-drug': 'Clinically used drug',
  investigational: 'Investigational drug',
  endogenous: 'Endogenous or putative endogenous ligand',
  'drug-of-abuse': 'Drug of abuse',
  radioligand: 'Radioligand for binding assays',
  'pet-tracer': 'PET tracer',
  'spect-tracer': 'SPECT tracer',
  'sigma-2-comparator': 'Sigma-2 comparator',
});

/** Where an affinity value was read: the paper that measured it, a peer-reviewed source quoting it, or a vendor. */
export const AFFINITY_SOURCES = vocabulary({
  primary: 'Primary: the paper that measured it',
  secondary: 'Secondary: a peer-reviewed source quoting the primary paper',
  vendor: 'Vendor only: not found in peer-reviewed literature',
});

export const DEVELOPMENT_STATUS = vocabulary({
  approved: 'Approved (for some indication)',
  clinical: 'In clinical development',
  discontinued: 'Clinical development discontinued or stalled',
  // Approved once, then taken off the market (say by whom and when on the page, with its record).
  withdrawn: 'Withdrawn from the market',
  preclinical: 'Preclinical',
  'research-tool': 'Research tool',
  'imaging-agent': 'Imaging agent',
});

export const TRIAL_PHASES = vocabulary({
  'phase-1': 'Phase 1',
  'phase-1-2': 'Phase 1/2',
  'phase-2': 'Phase 2',
  'phase-2-3': 'Phase 2/3',
  'phase-3': 'Phase 3',
  'phase-4': 'Phase 4',
});

/** Highest phase a compound reached; "none" for compounds never tested in people. */
export const HIGHEST_PHASES = vocabulary({
  none: 'Not in clinical trials',
  ...TRIAL_PHASES.labels,
  approved: 'Approved',
});

export const TRIAL_STATUS = vocabulary({
  'not-yet-recruiting': 'Not yet recruiting',
  recruiting: 'Recruiting',
  'active-not-recruiting': 'Active, not recruiting',
  // ClinicalTrials.gov's status for a trial halted with the intention of resuming; it may never be.
  suspended: 'Suspended',
  completed: 'Completed',
  terminated: 'Terminated',
  withdrawn: 'Withdrawn',
  unknown: 'Unknown',
});

export const TRIAL_OUTCOMES = vocabulary({
  met: 'Primary endpoint met',
  'not-met': 'Primary endpoint not met',
  mixed: 'Mixed',
  'not-reported': 'Not reported',
  pending: 'Pending',
});

/** Species of the receptor measured (a cell line's receptor species goes here; the cells go in `tissue`). */
export const SPECIES = vocabulary({
  human: 'Human',
  mouse: 'Mouse',
  rat: 'Rat',
  'guinea-pig': 'Guinea pig',
  bovine: 'Bovine',
  pig: 'Pig',
  'not-reported': 'Not reported',
});

export const SEX = vocabulary({
  male: 'Male',
  female: 'Female',
  both: 'Both sexes',
  'not-reported': 'Not reported',
});

/** Kind of evidence behind a statement, strongest last. */
export const EVIDENCE_LEVELS = vocabulary({
  'in-vitro': 'In vitro',
  animal: 'Animal',
  'human-phase-1': 'Human, phase 1',
  'human-phase-2': 'Human, phase 2',
  'human-phase-3': 'Human, phase 3',
});

export const EFFECT_DIRECTIONS = vocabulary({
  benefit: 'Benefit',
  'no-effect': 'No effect',
  mixed: 'Mixed',
  harm: 'Worsening',
});

export const MODALITIES = vocabulary({
  'mechanical-allodynia': 'Mechanical allodynia',
  'cold-allodynia': 'Cold allodynia',
  'heat-hyperalgesia': 'Heat hyperalgesia',
  'thermal-hyperalgesia': 'Thermal hyperalgesia',
  'spontaneous-pain': 'Spontaneous pain',
  'motor-function': 'Motor function',
  'motoneuron-survival': 'Motoneuron survival',
  survival: 'Survival',
  'seizure-threshold': 'Seizure threshold',
  neuroinflammation: 'Neuroinflammation',
  'opioid-antinociception': 'Opioid antinociception',
  'visceral-pain': 'Visceral pain',
  'inflammatory-oedema': 'Inflammatory oedema',
  'learning-and-memory': 'Learning and memory',
  'depressive-like-behaviour': 'Depressive-like behaviour',
  'cardiac-function': 'Cardiac function',
  'neuronal-survival': 'Neuronal survival',
  'drug-reward': 'Drug reward (place preference)',
  cough: 'Cough',
  'binge-like-eating': 'Binge-like eating',
  'compulsive-like-eating': 'Compulsive-like eating (eating despite risk)',
  'viral-replication': 'Viral replication',
  'neurite-outgrowth': 'Neurite outgrowth',
  'anxiety-like-behaviour': 'Anxiety-like behaviour',
  'kidney-function': 'Kidney function',
  'glucose-homeostasis': 'Blood glucose and insulin',
  'bone-mass': 'Bone mass',
  fibrosis: 'Fibrosis',
  'tumour-growth': 'Tumour growth',
});

export const DOSING = vocabulary({
  acute: 'Acute (single dose)',
  repeated: 'Repeated',
  'acute-and-repeated': 'Acute and repeated',
  'not-reported': 'Not reported',
});

export const METHOD_KINDS = vocabulary({
  'animal-model': 'Animal model',
  'behavioural-test': 'Behavioural test',
  'binding-assay': 'Binding assay',
  'cell-assay': 'Cell-based assay',
  imaging: 'Imaging',
  'clinical-measure': 'Clinical measure',
});

export const CONDITION_KINDS = vocabulary({
  disease: 'Disease or syndrome',
  symptom: 'Symptom',
  gene: 'Gene',
});

export const AFFINITY_MEASURES = vocabulary({
  Ki: 'Ki',
  IC50: 'IC50',
  Kd: 'Kd',
});

/** Units of concentration, with their factor to nM (defined in src/lib/units.ts, which client scripts share). */
export { CONCENTRATION_UNITS, type ConcentrationUnit } from '../lib/units.ts';

export const REFERENCE_CONFIDENCE = vocabulary({
  verified: 'Identifiers confirmed against a public record',
  unverified: 'Not confirmed against a public record',
});

export const TOPICS = vocabulary({
  biology: 'Receptor biology',
  structure: 'Structure',
  pain: 'Pain',
  'neuropathic-pain': 'Neuropathic pain',
  opioids: 'Opioid analgesia',
  neuroinflammation: 'Neuroinflammation',
  epilepsy: 'Seizures and epilepsy',
  als: 'ALS and motoneuron disease',
  neurodegeneration: 'Neurodegeneration',
  imaging: 'Imaging',
  pharmacology: 'Pharmacology',
  clinical: 'Clinical trials',
  genetics: 'Genetics',
  psychiatry: 'Psychiatry',
  addiction: 'Addiction',
});

/** Medicines agencies whose decisions the atlas records. */
export const AGENCIES = vocabulary({
  EMA: 'European Medicines Agency (EMA)',
  EC: 'European Commission',
  FDA: 'US Food and Drug Administration (FDA)',
  MHRA: 'UK Medicines and Healthcare products Regulatory Agency (MHRA)',
  PMDA: 'Japan Pharmaceuticals and Medical Devices Agency (PMDA)',
  /** Japan's marketing approvals are granted by the Ministry on the PMDA's review. */
  MHLW: 'Japan Ministry of Health, Labour and Welfare (MHLW)',
  TGA: 'Australian Therapeutic Goods Administration (TGA)',
  'Health Canada': 'Health Canada',
});

/** What an agency decided, or what a sponsor asked of it. */
export const REGULATORY_DECISIONS = vocabulary({
  'application-submitted': 'Application submitted',
  'application-accepted': 'Application accepted for review',
  'positive-opinion': 'Positive opinion (recommended approval)',
  'negative-opinion': 'Negative opinion (recommended refusal)',
  'reexamination-requested': 'Re-examination requested by the applicant',
  'reexamination-confirmed-negative': 'Re-examination: negative opinion confirmed',
  'reexamination-positive': 'Re-examination: positive opinion',
  approval: 'Approved',
  refusal: 'Refused',
  withdrawal: 'Application withdrawn',
  'emergency-use-declined': 'Emergency use authorisation declined',
  'orphan-designation': 'Orphan designation',
  'fast-track': 'Fast track designation',
});

/** Themes that group the reviews on /reviews/ into a map of the field, in this order. */
export const REVIEW_THEMES = vocabulary({
  receptor: 'The receptor: biology, structure, genetics and pharmacology',
  pain: 'Pain and opioid analgesia',
  neurology: 'Neurology: seizures, neurodegeneration, stroke and the retina',
  psychiatry: 'Psychiatry and addiction',
  'beyond-the-brain': 'Beyond the nervous system: heart and vessels, infection, immunity and cancer',
  clinic: 'In the clinic: trials and imaging',
});

/** The evidence level a trial of a given phase provides (phase 1/2 counts as phase 1, 2/3 as 2). */
export function evidenceForTrialPhase(phase: keyof typeof TRIAL_PHASES.labels): keyof typeof EVIDENCE_LEVELS.labels {
  if (phase === 'phase-1' || phase === 'phase-1-2') return 'human-phase-1';
  if (phase === 'phase-2' || phase === 'phase-2-3') return 'human-phase-2';
  return 'human-phase-3';
}
