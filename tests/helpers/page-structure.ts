/**
 * What tells one built page's structure from another's, for checks that are costly per page (axe in
 * a browser, 0.6 s a page in two colour schemes) and need not see a thousand pages of one template.
 *
 * Two pages have the same structure when they hold the same kinds of element (tag, classes, role,
 * and which ARIA and other accessibility attributes are set) and the same heading outline. Styling
 * is by class only (the CSP forbids inline styles), so same structure means same colours and the
 * same layout rules; what differs is text, and the text-dependent accessibility rules (empty links
 * and headings, duplicate ids, missing alt text) are checked on every page, statically, by
 * html-validate in tests/e2e/gates.test.ts.
 */
import { Parser } from 'htmlparser2';

/** Attributes whose presence can change what an accessibility checker reports about an element. */
const A11Y_ATTRIBUTES = /^(aria-.*|role|tabindex|lang|alt|title|scope|headers|colspan|rowspan|href|for|hidden|inert|type|open|disabled|id)$/;

/** A page's structure as a string: equal strings, same structure. */
export function structureOf(html: string): string {
  const kinds = new Set<string>();
  const outline: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes['class'] ?? '').split(/\s+/).filter(Boolean).sort().join('.');
        const marks = Object.keys(attributes).filter((a) => A11Y_ATTRIBUTES.test(a)).sort();
        const role = attributes['role'] ? `=${attributes['role']}` : '';
        kinds.add(`${name}.${classes}[${marks.join(',')}${role}]`);
        const level = /^h([1-6])$/.exec(name)?.[1];
        if (level && outline.at(-1) !== level) outline.push(level);
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return `${[...kinds].sort().join(' ')} | h${outline.join('')}`;
}

/**
 * What a reference manager reads from a page (Zotero's Embedded Metadata translator): the names of
 * the head's meta tags (citation_*, DC.*, og:*, …) and whether a COinS span is there. Pages with the
 * same names are saved by the same code paths; what differs is the values.
 */
export function citationMetaOf(html: string): string {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const names = new Set([...head.matchAll(/<meta (?:name|property)="([^"]+)"/g)].map((m) => m[1]!));
  return `${[...names].sort().join(' ')}${html.includes('class="Z3988"') ? ' | COinS' : ''}`;
}

/**
 * The pages to check: within each section (first path segment) and structure, the first and the
 * last page in path order and every `spread`-th between them; so every structure is seen, large
 * groups are also seen across their range, and the choice is the same on every run. `keyOf` says
 * what a structure is for the check at hand (the page's elements by default).
 */
export function sampleByStructure(pages: readonly { path: string; html: string }[], spread: number, keyOf: (html: string) => string = structureOf): string[] {
  const groups = new Map<string, string[]>();
  for (const { path, html } of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const key = `${path.split('/')[1]} ${keyOf(html)}`;
    const members = groups.get(key) ?? [];
    members.push(path);
    groups.set(key, members);
  }
  const chosen = new Set<string>();
  for (const members of groups.values()) {
    members.forEach((p, i) => {
      if (i % spread === 0 || i === members.length - 1) chosen.add(p);
    });
  }
  return pages.map((p) => p.path).filter((p) => chosen.has(p));
}
