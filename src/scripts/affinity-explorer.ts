/**
 * The affinity explorer's strips follow the table's filters: a mark shows while its table row
 * shows, a compound's strip while any of its marks does, and the spread line at the page's focus
 * target (data-focus) is recomputed from the marks left (src/lib/spread.ts, as the build did).
 */
import { spreadLine, spreadOf } from '../lib/spread.ts';

const focus = document.querySelector<HTMLElement>('[data-focus]')?.dataset['focus'] ?? 'S1R';

function sync() {
  for (const strip of document.querySelectorAll<HTMLElement>('.strip')) {
    let shown = 0;
    const atFocus: { nm: number; assay: string }[] = [];
    for (const mark of strip.querySelectorAll<SVGAElement>('.pt-link')) {
      const row = document.getElementById(mark.dataset['row'] ?? '');
      const visible = !row?.hidden;
      mark.toggleAttribute('hidden', !visible);
      if (!visible) continue;
      shown++;
      if (mark.dataset['target'] === focus) atFocus.push({ nm: Number(mark.dataset['nm']), assay: mark.dataset['assay'] ?? '' });
    }
    if (strip.hidden !== (shown === 0)) strip.hidden = shown === 0;
    // Written only when it changes: on load every strip already shows the text the build wrote.
    const spread = strip.querySelector('[data-spread]');
    const text = spreadLine(focus, spreadOf(atFocus));
    if (spread && spread.textContent !== text) spread.textContent = text;
  }
}

document.addEventListener('table-render', sync);
sync();
