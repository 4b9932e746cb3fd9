/**
 * Programme timelines: a compound's trials from start to completion, with their results and
 * publications, and the regulatory events that followed, on one time axis. Layout only (numbers);
 * the component draws the SVG. Pure and deterministic: the axis ends at the latest date in the
 * data, never at "today", so a build is the same on any day.
 */
import { comparePartialDates, decimalYear, formatPartialDate, type PartialDate } from './dates.ts';

export interface TimelineTrial {
  id: string;
  label: string;
  href: string;
  start?: PartialDate | undefined;
  /** Primary completion, else completion. */
  end?: PartialDate | undefined;
  published?: PartialDate | undefined;
  resultsPosted?: PartialDate | undefined;
  /** Still running: the bar runs on to the end of the axis. */
  ongoing: boolean;
  /** One line for the mark's title: phase, outcome. */
  note: string;
}

export interface TimelineEvent {
  id: string;
  date: PartialDate;
  label: string;
  href: string;
}

export interface TimelineMark {
  kind: 'published' | 'results' | 'event';
  x: number;
  href: string;
  title: string;
}

export interface TimelineRow {
  id: string;
  label: string;
  href: string;
  /** The bar from start to end (absent when the start is not known). */
  bar?: { x0: number; x1: number; open: boolean } | undefined;
  marks: TimelineMark[];
  /** What the row says in words, for its accessible name. */
  summary: string;
}

export interface TimelineLayout {
  width: number;
  left: number;
  right: number;
  years: { year: number; x: number }[];
  rows: TimelineRow[];
  /** Regulatory events, drawn on their own row. */
  events: TimelineRow | undefined;
}

/** Every date in a programme. */
function datesOf(trials: readonly TimelineTrial[], events: readonly TimelineEvent[]): PartialDate[] {
  return [...trials.flatMap((t) => [t.start, t.end, t.published, t.resultsPosted]), ...events.map((e) => e.date)].filter((d): d is PartialDate => !!d);
}

/** The whole years the axis covers: from the earliest date's year to the year after the latest. */
export function yearDomain(dates: readonly PartialDate[]): [number, number] {
  if (dates.length === 0) throw new Error('yearDomain: a timeline needs at least one date');
  const years = dates.map((d) => Number(d.slice(0, 4)));
  return [Math.min(...years), Math.max(...years) + 1];
}

export function layoutTimeline(trials: readonly TimelineTrial[], events: readonly TimelineEvent[], options: { width?: number; pad?: number; domain?: [number, number] } = {}): TimelineLayout {
  const width = options.width ?? 600;
  const pad = options.pad ?? 18;
  const [y0, y1] = options.domain ?? yearDomain(datesOf(trials, events));
  const x = (d: PartialDate | number) => round1(pad + (((typeof d === 'number' ? d : decimalYear(d)) - y0) / (y1 - y0)) * (width - 2 * pad));
  const step = y1 - y0 > 24 ? 10 : y1 - y0 > 10 ? 5 : y1 - y0 > 5 ? 2 : 1;
  const years: TimelineLayout['years'] = [];
  for (let y = y0; y <= y1; y++) if ((y - y0) % step === 0 || y === y1) years.push({ year: y, x: x(y) });

  const ordered = [...trials].sort((a, b) => (a.start && b.start ? comparePartialDates(a.start, b.start) : a.start ? -1 : b.start ? 1 : 0) || a.label.localeCompare(b.label));
  const rows = ordered.map((t): TimelineRow => {
    const marks: TimelineMark[] = [];
    if (t.resultsPosted) marks.push({ kind: 'results', x: x(t.resultsPosted), href: t.href, title: `${t.label}: results posted on the registry, ${formatPartialDate(t.resultsPosted)}` });
    if (t.published) marks.push({ kind: 'published', x: x(t.published), href: t.href, title: `${t.label}: primary result published, ${formatPartialDate(t.published)}` });
    const bar = t.start ? { x0: x(t.start), x1: t.end ? x(t.end) : t.ongoing ? x(y1) : x(t.start), open: !t.end && t.ongoing } : undefined;
    const parts = [
      t.start ? `started ${formatPartialDate(t.start)}` : 'start date not known',
      t.end ? `primary completion ${formatPartialDate(t.end)}` : t.ongoing ? 'still running' : undefined,
      t.resultsPosted && `results posted ${formatPartialDate(t.resultsPosted)}`,
      t.published && `published ${formatPartialDate(t.published)}`,
    ].filter(Boolean);
    return { id: t.id, label: t.label, href: t.href, bar, marks, summary: `${t.label}: ${parts.join(', ')}. ${t.note}` };
  });
  const eventRow: TimelineRow | undefined = events.length
    ? {
        id: 'regulatory',
        label: 'Regulatory',
        href: '#regulatory',
        marks: events.map((e) => ({ kind: 'event', x: x(e.date), href: e.href, title: `${formatPartialDate(e.date)}: ${e.label}` })),
        summary: `Regulatory: ${events.map((e) => `${formatPartialDate(e.date)}, ${e.label}`).join('; ')}.`,
      }
    : undefined;
  return { width, left: pad, right: width - pad, years, rows, events: eventRow };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
