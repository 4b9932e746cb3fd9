/**
 * The affinity explorer's strips follow the table's filters: a mark shows while its table row
 * shows, a compound's strip while any of its marks does, and the S1R spread line is recomputed
 * from the marks left (src/lib/affinities.ts, the same code the build used).
 */
import { spreadOf, spreadText } from '../lib/spread.ts';

function sync() {
  for (const strip of document.querySelectorAll<HTMLElement>('.strip')) {
    let shown = 0;
    const s1r: { nm: number; assay: string }[] = [];
    for (const mark of strip.querySelectorAll<SVGAElement>('.pt-link')) {
      const row = document.getElementById(mark.dataset['row'] ?? '');
      const visible = !row?.hidden;
      mark.toggleAttribute('hidden', !visible);
      if (!visible) continue;
      shown++;
      if (mark.dataset['target'] === 'S1R') s1r.push({ nm: Number(mark.dataset['nm']), assay: mark.dataset['assay'] ?? '' });
    }
    if (strip.hidden !== (shown === 0)) strip.hidden = shown === 0;
    // Written only when it changes: on load every strip already shows the text the build wrote.
    const spread = strip.querySelector('[data-spread]');
    const text = s1r.length ? `S1R: ${spreadText(spreadOf(s1r))}` : 'no S1R value shown';
    if (spread && spread.textContent !== text) spread.textContent = text;
  }
}

document.addEventListener('table-render', sync);
sync();
