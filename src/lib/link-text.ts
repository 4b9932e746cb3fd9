/**
 * Link text that says nothing out of context (Lighthouse's SEO "link-text" list, English). The
 * end-to-end gate (tests/e2e/gates.test.ts) fails a page with such a link; a trial whose acronym
 * is one of these words (START) is labelled "START trial" where its acronym alone would be the link.
 */
export const GENERIC_LINK_TEXT: ReadonlySet<string> = new Set(['click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info', 'more information', 'right here', 'read more', 'see more', 'start', 'this']);

/** A trial's acronym as link text: itself, or "<acronym> trial" where the acronym alone is a generic word. */
export function trialLinkLabel(acronym: string): string {
  return GENERIC_LINK_TEXT.has(acronym.trim().toLowerCase()) ? `${acronym} trial` : acronym;
}
