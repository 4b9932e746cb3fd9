import { launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/serve-dist.ts';
const site = await serveDist('dist');
const browser = await launchBrowser();
for (const rate of [4]) for (let run = 0; run < 6; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    (window as any).__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shifts.push({ v: e.value, t: Math.round(e.startTime), src: (e.sources || []).map((s: any) => `${s.node?.nodeName}.${s.node?.className ?? ''} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`) });
    }).observe({ type: 'layout-shift', buffered: true });
    customElements.whenDefined('data-table').then(() => (window as any).__shifts.push({ defined: Math.round(performance.now()) }));
    document.addEventListener('DOMContentLoaded', () => (window as any).__shifts.push({ dcl: Math.round(performance.now()), ths: [...document.querySelectorAll('thead th')].map((t) => Math.round(t.getBoundingClientRect().width)).join(',') }));
    window.addEventListener('load', () => (window as any).__shifts.push({ load: Math.round(performance.now()), ths: [...document.querySelectorAll('thead th')].map((t) => Math.round(t.getBoundingClientRect().width)).join(',') }));
  });
  await page.goto(site.url + (process.argv[2] ?? '/evidence/'), { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('data-table') !== undefined && document.querySelector('.table-count')?.textContent !== '');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(() => (window as any).__shifts);
  console.log(JSON.stringify(await page.evaluate(() => performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]))));
  const big = shifts.find((s: any) => s.v > 0.002); if (big) console.log(big.src.slice(0, 8).join('\n'));
  console.log(rate, run, await page.evaluate(() => [...document.querySelectorAll('thead th')].map((t) => Math.round(t.getBoundingClientRect().width)).join(',')), shifts.reduce((a: number, s: any) => a + (s.v ?? 0), 0).toFixed(4), JSON.stringify(shifts.map((s: any) => s.v ? { v: s.v.toFixed(4), t: s.t, n: s.src.length, first: s.src[0]?.slice(0, 60) } : s)));
  await ctx.close();
}
await browser.close(); await site.close();
