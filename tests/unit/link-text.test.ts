import { expect, test } from 'vitest';
import { GENERIC_LINK_TEXT, trialLinkLabel } from '../../src/lib/link-text.ts';

test('a trial acronym that is a generic word becomes "<acronym> trial"; others stay as they are', () => {
  expect(trialLinkLabel('START')).toBe('START trial');
  expect(trialLinkLabel('PROOF-HD')).toBe('PROOF-HD');
  expect(trialLinkLabel('AVATAR')).toBe('AVATAR');
  expect(GENERIC_LINK_TEXT.has(trialLinkLabel('START').toLowerCase())).toBe(false);
});
