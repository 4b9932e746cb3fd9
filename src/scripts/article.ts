/**
 * The only script on content pages (loaded as a module, after the page is usable):
 * copy buttons for "Cite this page", review tables as labelled cards on phones, reference previews
 * for citation links, previews of links to compounds, trials and glossary terms, and the table of
 * contents following the section in view.
 * Without it, citations are plain links to the bibliography and the citation text is selectable.
 */
import { cellLabel } from '../lib/table-labels.ts';

// Copy buttons: shown only when the clipboard can be used.
if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset['copy']!)?.textContent ?? '';
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = 'Copy'), 1500);
    });
  }
}

// "Cite this page" near the title jumps to the citation box at the end: open it there.
const openCite = () => {
  if (location.hash === '#cite') document.querySelector<HTMLDetailsElement>('#cite details')?.setAttribute('open', '');
};
openCite();
addEventListener('hashchange', openCite);

// Review tables become cards on a phone (global.css, `.prose table.cards`): each cell but the
// first is labelled with its column here, not in the HTML (src/lib/table-labels.ts says why).
// Tables that label their own cells (class "reflow") are left alone.
for (const table of document.querySelectorAll<HTMLTableElement>('.prose table:not(.reflow)')) {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((th) => th.textContent ?? '');
  for (const row of table.tBodies[0]?.rows ?? []) {
    [...row.cells].forEach((cell, i) => {
      const label = cellLabel(headers, i);
      if (label) cell.dataset['label'] = label;
    });
  }
  table.classList.add('cards');
}

// Reference previews: on hover or keyboard focus, show the bibliography entry next to the link.
const tip = document.createElement('div');
tip.id = 'cite-preview';
tip.setAttribute('role', 'tooltip');
tip.className = 'cite-preview';
tip.hidden = true;
document.body.append(tip);
let owner: HTMLAnchorElement | undefined;


function show(link: HTMLAnchorElement) {
  const entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  const body = entry?.querySelector('div');
  if (!body) return;
  owner?.removeAttribute('aria-describedby');
  owner = link;
  tip.replaceChildren(...[...body.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('bib-back'))).map((n) => n.cloneNode(true)));
  place(link);
}

/** Show the preview under `link` and tie it to the link for assistive technology. */
function place(link: HTMLAnchorElement) {
  tip.hidden = false;
  link.setAttribute('aria-describedby', tip.id);
  const r = link.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  tip.style.top = `${r.bottom + window.scrollY + 6}px`;
}
function hide() {
  tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.cite')) {
  link.addEventListener('mouseenter', () => show(link));
  link.addEventListener('focus', () => show(link));
  link.addEventListener('mouseleave', hide);
  link.addEventListener('blur', hide);
}
tip.addEventListener('mouseenter', () => owner && (tip.hidden = false));
document.addEventListener('keydown', (e) => e.key === 'Escape' && hide());

// "On this page" follows the reader: the section in view is marked in the table of contents.
const tocLinks = new Map([...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
if (tocLinks.size && 'IntersectionObserver' in window) {
  const visible = new Set<string>();
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target.id) : visible.delete(e.target.id));
    const current = [...tocLinks.keys()].find((id) => visible.has(id));
    if (!current) return;
    for (const [id, a] of tocLinks) (id === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current'));
  }, { rootMargin: '0px 0px -70% 0px' });
  for (const id of tocLinks.keys()) {
    const el = document.getElementById(id);
    if (el) observer.observe(el);
  }
}

// Previews of links to compounds, trials and glossary terms: title and one-line summary, fetched
// from the target page itself on first hover or focus (same origin, cached).
const summaries = new Map<string, Promise<string>>();
function summaryOf(href: string): Promise<string> {
  if (!summaries.has(href)) {
    summaries.set(href, fetch(href).then((r) => r.text()).then((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const hash = new URL(href, location.href).hash;
      if (hash) {
        const term = doc.getElementById(decodeURIComponent(hash.slice(1)));
        return term ? `${term.textContent!.trim()}: ${term.nextElementSibling?.textContent?.trim() ?? ''}` : '';
      }
      return `${doc.querySelector('h1')?.textContent?.trim() ?? ''}: ${doc.querySelector('.lede')?.textContent?.trim() ?? ''}`;
    }).catch(() => ''));
  }
  return summaries.get(href)!;
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('.prose a[href^="/compounds/"], .prose a[href^="/trials/"], .prose a[href^="/glossary/#"]')) {
  const open = async () => {
    const text = await summaryOf(link.getAttribute('href')!);
    if (!text || !link.matches(':hover, :focus')) return;
    owner?.removeAttribute('aria-describedby');
    owner = link;
    tip.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    place(link);
  };
  link.addEventListener('mouseenter', open);
  link.addEventListener('focus', open);
  link.addEventListener('mouseleave', hide);
  link.addEventListener('blur', hide);
}
