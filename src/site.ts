/** Site-wide constants: name, navigation, licence. */
export const SITE = {
  name: 'Sigma-1 Atlas',
  tagline: 'A citable knowledge base on the sigma-1 receptor (S1R, SIGMAR1)',
  description:
    'Sigma-1 Atlas: sourced reviews, compounds, trials and preclinical evidence on the sigma-1 receptor (S1R, Sig1R, σ1R; gene SIGMAR1). For research and education, not medical advice.',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  publisher: 'Sigma-1 Atlas contributors',
  repository: 'https://github.com/sigma1-atlas/sigma1-atlas',
  /** Where readers report an error (linked from every page's footer, via /about/#corrections). */
  corrections: 'https://github.com/sigma1-atlas/sigma1-atlas/issues/new',
} as const;

export const NAV = [
  { href: '/reviews/', label: 'Reviews' },
  { href: '/compounds/', label: 'Compounds' },
  { href: '/trials/', label: 'Trials' },
  { href: '/evidence/', label: 'Evidence' },
  { href: '/methods/', label: 'Methods' },
  { href: '/conditions/', label: 'Conditions' },
  { href: '/references/', label: 'References' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About' },
] as const;
