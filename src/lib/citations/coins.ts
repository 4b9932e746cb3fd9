/**
 * COinS (ContextObjects in Spans, OpenURL 1.0 KEV): the cited work in a <span class="Z3988">.
 *
 * Why a reference page carries one: Zotero (and the Connector) try the COinS translator before
 * Embedded Metadata, and COinS describes the work alone. Embedded Metadata mixes the page in
 * wherever the work leaves a gap: the page's description becomes the abstract, its canonical URL
 * the URL of a work without one, its first <time> the date of an undated work. From COinS Zotero
 * saves only what the span says.
 *
 * How Zotero reads it (utilities/openurl.js, parseContextObject), and so how it is written:
 * - people as rft.aulast/rft.aufirst pairs, taken verbatim and kept in order (rft.au would go
 *   through Zotero's name splitter); an organisation as rft.aucorp when it comes first (Zotero
 *   always puts aucorp creators first) and as a lone rft.aulast after a person. Either way Zotero
 *   gets a name without a first name, which it saves as a single-field (organisational) creator.
 * - Zotero turns every "+" and "%2B" in a value into a space before decoding, so a work with a "+"
 *   anywhere (the chemistry's "(+)-pentazocine", "Ca2+") gets no span: coinsFor returns undefined
 *   and the page is left to Embedded Metadata rather than saved with a wrong title.
 */
import type { CslItem } from './format.ts';
import { creatorsOf, dateParts, fieldText as str, workKind, workUrl } from './work.ts';

type Pairs = [string, string][];

function creatorPairs(list: unknown): Pairs {
  const out: Pairs = [];
  creatorsOf(list).forEach((c, i) => {
    if (!c.person) out.push([i === 0 ? 'rft.aucorp' : 'rft.aulast', c.name]);
    else {
      out.push(['rft.aulast', c.family]);
      if (c.given) out.push(['rft.aufirst', c.given]);
    }
  });
  return out;
}

function isoDate(item: CslItem): string | undefined {
  const [y, m, d] = dateParts(item);
  if (y === undefined) return undefined;
  return [String(y).padStart(4, '0'), m && String(m).padStart(2, '0'), m && d && String(d).padStart(2, '0')].filter(Boolean).join('-');
}

/**
 * A "+" in a URL's query is a space (form encoding); written %20 it means the same to the server and
 * survives Zotero's reading (see above). A "+" elsewhere in a URL is a plus and cannot be carried.
 */
function formPlusAsSpace(url: string | undefined): string | undefined {
  if (!url) return url;
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const end = hash < 0 ? url.length : hash;
  return url.slice(0, q) + url.slice(q, end).replaceAll('+', '%20') + url.slice(end);
}

/** The work's KEV pairs, in the order Zotero should meet them. */
export function coinsPairs(item: CslItem): Pairs {
  const kind = workKind(item);
  const title = str(item['title']);
  const container = str(item['container-title']);
  const publisher = str(item['publisher']);
  const pairs: Pairs = [['ctx_ver', 'Z39.88-2004']];
  const add = (key: string, value: unknown) => {
    const v = str(value);
    if (v !== undefined) pairs.push([key, v]);
  };
  switch (kind) {
    case 'article':
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'], ['rft.genre', 'article']);
      add('rft.atitle', title);
      add('rft.jtitle', container);
      add('rft.volume', item['volume']);
      add('rft.issue', item['issue']);
      add('rft.pages', item['page']);
      break;
    case 'chapter':
    case 'conference-paper':
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'], ['rft.genre', kind === 'chapter' ? 'bookitem' : 'proceeding']);
      add('rft.atitle', title);
      add('rft.btitle', container);
      add('rft.pub', publisher);
      add('rft.pages', item['page']);
      break;
    case 'book':
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'], ['rft.genre', 'book']);
      add('rft.btitle', title);
      add('rft.pub', publisher);
      break;
    case 'report':
    case 'registry-record':
      // A registry record is a report published by its registry (as Zotero's own translator for
      // ClinicalTrials.gov files one); KEV has no field for the report's type.
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'], ['rft.genre', 'report']);
      add('rft.btitle', title);
      add('rft.pub', kind === 'registry-record' ? (container ?? publisher) : publisher);
      break;
    case 'thesis':
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dissertation']);
      add('rft.title', title);
      add('rft.inst', publisher);
      break;
    case 'dataset':
    case 'webpage':
      // Dublin Core format; rft.type names the Zotero item type (Zotero reads it, as it writes it).
      pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'], ['rft.type', kind]);
      add('rft.title', title);
      add('rft.source', container ?? (kind === 'webpage' ? publisher : undefined));
      add('rft.publisher', publisher);
      break;
  }
  pairs.push(...creatorPairs(item['author']));
  add('rft.date', isoDate(item));
  add('rft_id', item['DOI'] !== undefined ? `info:doi/${String(item['DOI'])}` : undefined);
  add('rft_id', item['PMID'] !== undefined ? `info:pmid/${String(item['PMID'])}` : undefined);
  add('rft_id', formPlusAsSpace(workUrl(item)));
  return pairs;
}

/** The KEV string for a span's title, or undefined when Zotero would not read it back intact. */
export function coinsFor(item: CslItem): string | undefined {
  const pairs = coinsPairs(item);
  if (pairs.some(([, v]) => v.includes('+'))) return undefined;
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

