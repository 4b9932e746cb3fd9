/**
 * The only script on content pages (loaded as a module, after the page is usable):
 * copy buttons for "Cite this page", and reference previews for citation links.
 * Without it, citations are plain links to the bibliography and the citation text is selectable.
 */

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
