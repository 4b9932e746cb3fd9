import { expect, test } from 'vitest';
import { sourceLabel } from '../../src/lib/citations/label.ts';

test.each([
  ['authors and year', { author: [{ family: 'Shen' }, { family: 'James' }, { family: 'Chin' }], issued: { 'date-parts': [[2015]] }, 'container-title': 'EJNMMI Research' }, 'Shen et al. 2015'],
  ['a corporate author', { author: [{ literal: 'BenchChem Technical Support Team' }], issued: { 'date-parts': [[2025, 12]] }, publisher: 'BenchChem' }, 'BenchChem Technical Support Team 2025'],
  ['no authors: the journal', { title: 'A Full-Spectrum Evaluation of Sigma-1 Receptor (S1R) PET Radioligands', 'container-title': 'Molecules', issued: { 'date-parts': [[2025]] } }, 'Molecules 2025'],
  ['no authors, no journal: the publisher', { title: 'A product page', publisher: 'BenchChem' }, 'BenchChem'],
  ['nothing but a title', { title: 'Sigma-1 receptor: a review' }, 'Sigma-1 receptor'],
])('%s', (_name, ref, label) => {
  expect(sourceLabel(ref)).toBe(label);
});
