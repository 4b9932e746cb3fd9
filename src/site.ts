/** Site-wide constants: name, navigation, licence. */
import { navigation } from './lib/registry.ts';

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

/** The navigation: the collections' entries (src/lib/registry.ts) and these pages, in order. */
export const NAV = navigation([
  { href: '/glossary/', label: 'Glossary', order: 80 },
  { href: '/about/', label: 'About', order: 90 },
]);
