/**
 * Marks findings in the page with the CSS Custom Highlight API: one highlight per status
 * (present, possible, absent), styled by an adopted stylesheet, so the page's DOM is never
 * changed and a strict CSP cannot block the style. At most `cap` mentions are drawn, those
 * nearest the viewport first; scrolling redraws around the new position. A click on a drawn
 * mention is mapped back to its finding.
 */
import type { LocatedFinding } from './located';
import { liveRange, rangeOf, staticRangeOf } from './ranges';
import { adoptStyle } from './adopted-style';

/** The statuses that are drawn, each its own highlight. */
const DRAWN = ['present', 'possible', 'absent'] as const;
type Drawn = (typeof DRAWN)[number];

/** Highlight names in the page's registry. */
export const HIGHLIGHT_NAMES: Record<Drawn, string> = {
  present: 'radlens-present',
  possible: 'radlens-possible',
  absent: 'radlens-absent',
};

/**
 * Distinct without colour alone: present is a solid underline on a tint, possible a dotted
 * underline, absent a wavy green underline (no tint). Text colour is left to the page.
 */
const STYLE = `
::highlight(radlens-present) { background-color: rgba(255, 196, 0, 0.32); text-decoration: underline solid #b42318 2px; text-underline-offset: 2px; }
::highlight(radlens-possible) { background-color: rgba(255, 140, 0, 0.14); text-decoration: underline dotted #a94700 2px; text-underline-offset: 2px; }
::highlight(radlens-absent) { text-decoration: underline wavy #067647 1px; text-underline-offset: 3px; }
`;

/**
 * Where the highlighter gets findings: `first(n)` the first n in document order (cheap:
 * what is drawn before the user scrolls), `all()` every one (to draw around a scrolled view).
 */
export interface FindingSource {
  first(n: number): LocatedFinding[];
  all(): readonly LocatedFinding[];
}

/** Whether a finding's status is drawn. */
export const isDrawn = (status: string): boolean => (DRAWN as readonly string[]).includes(status);

/**
 * How many mentions are drawn at most: a screen and a half of dense report text. The browser
 * re-checks every drawn range at each change to the page, so on a page that changes 60 times
 * a second, 1,000 drawn ranges added ~18 ms of work per second and 200 add ~6 (bench:page).
 */
export const DEFAULT_CAP = 200;

/** Draws findings of one document. */
export interface Highlighter {
  /** Draws findings, each with the text nodes its offsets index into. */
  render(source: FindingSource): void;
  /** Removes every highlight and listener. */
  clear(): void;
  /** The mention drawn under the point, if any. */
  findingAt(x: number, y: number): LocatedFinding | undefined;
  /** Mentions drawn now. */
  readonly drawn: number;
}

/** The parts of the page's highlight registry the highlighter uses. */
export interface HighlightRegistryLike {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): void;
  delete(name: string): boolean;
}

/** Where highlights are drawn: the page's registry and Highlight (replaced in unit tests). */
export interface HighlightApi {
  registry: HighlightRegistryLike | undefined;
  create: () => Highlight;
}

/** The browser's own highlight API. */
const browserApi = (): HighlightApi => ({
  registry: (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights,
  create: () => new Highlight(),
});

/** True when the registry still holds our highlights with every range we drew. */
function inRegistry(
  registry: HighlightRegistryLike,
  highlights: Record<Drawn, Highlight>,
  drawn: ReadonlyMap<LocatedFinding, StaticRange>,
): boolean {
  let count = 0;
  for (const status of DRAWN) {
    if (registry.get(HIGHLIGHT_NAMES[status]) !== highlights[status]) return false;
    count += highlights[status].size;
  }
  return count === drawn.size;
}

/** True when this browser has the CSS Custom Highlight API. */
export function canHighlight(): boolean {
  return (
    typeof Highlight === 'function' && !!(globalThis.CSS as { highlights?: unknown }).highlights
  );
}

/** Index of the first finding at or after the viewport's top (document order ~ vertical). */
function firstInView(items: readonly LocatedFinding[], top: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const { finding: f, segment } = items[mid]!;
    const range = rangeOf(segment.chunks, f.start, f.end);
    const rect = range?.getBoundingClientRect();
    if (rect && rect.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Creates the highlighter of `doc`. */
export function createHighlighter(
  doc: Document,
  cap: number = DEFAULT_CAP,
  api: HighlightApi = browserApi(),
): Highlighter {
  const { registry } = api;
  // What is drawn, by mention: a redraw after a page change keeps the ranges of mentions it
  // still draws (the mentions of unchanged blocks are the same objects) and only adds and
  // removes the difference.
  let drawn = new Map<LocatedFinding, StaticRange>();
  let highlights: Record<Drawn, Highlight> | undefined;
  let current: FindingSource | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const view = doc.defaultView;
  // Set by the first scroll event (a page opened at an anchor scrolls too).
  let scrolled = false;
  view?.addEventListener('scroll', () => (scrolled = true), { passive: true, once: true });

  const draw = () => {
    if (!registry || !current) return;
    // Until the user scrolls, the first mentions are the visible ones: no need to list them
    // all, nor to ask the layout where the viewport is (that would lay out the whole page).
    const drawable = scrolled
      ? current.all().filter((d) => isDrawn(d.finding.status))
      : current.first(cap + 1);
    let from = 0;
    let to = drawable.length;
    if (drawable.length > cap) {
      // Around the viewport: a quarter of the cap before its top, the rest from there on.
      const first = scrolled ? firstInView(drawable, 0) : 0;
      from = Math.max(0, Math.min(first - (cap >> 2), drawable.length - cap));
      to = from + cap;
    }
    // The registry is the page's too: if the page removed or emptied a highlight, start over.
    if (highlights && !inRegistry(registry, highlights, drawn)) {
      highlights = undefined;
      drawn = new Map();
    }
    if (!highlights) {
      highlights = { present: api.create(), possible: api.create(), absent: api.create() };
      for (const status of DRAWN) registry.set(HIGHLIGHT_NAMES[status], highlights[status]);
    }
    const next = new Map<LocatedFinding, StaticRange>();
    for (let i = from; i < to; i++) {
      const mention = drawable[i]!;
      const kept = drawn.get(mention);
      if (kept) {
        next.set(mention, kept);
        drawn.delete(mention);
        continue;
      }
      const { finding, segment } = mention;
      const range = staticRangeOf(segment.chunks, finding.start, finding.end);
      if (!range) continue;
      highlights[finding.status as Drawn].add(range);
      next.set(mention, range);
    }
    // Left in the old map: no longer drawn.
    for (const [mention, range] of drawn) highlights[mention.finding.status as Drawn].delete(range);
    drawn = next;
  };

  const onScroll = () => {
    if (!current) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(draw, 150);
  };

  return {
    get drawn() {
      return drawn.size;
    },
    render(source) {
      if (!registry) return;
      // Without constructable stylesheets the marks are kept, unstyled.
      adoptStyle(doc, STYLE);
      current = source;
      draw();
      view?.addEventListener('scroll', onScroll, { passive: true });
    },
    clear() {
      current = undefined;
      drawn = new Map();
      highlights = undefined;
      clearTimeout(scrollTimer);
      view?.removeEventListener('scroll', onScroll);
      if (registry) for (const status of DRAWN) registry.delete(HIGHLIGHT_NAMES[status]);
    },
    findingAt(x, y) {
      if (drawn.size === 0) return undefined;
      const position = caretAt(doc, x, y);
      if (!position) return undefined;
      for (const [mention, drawnRange] of drawn) {
        const range = liveRange(drawnRange);
        if (!range || range.comparePoint(position.node, position.offset) !== 0) continue;
        // The caret sits in the mention: check the point is really over its text.
        for (const rect of range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
            return mention;
        }
      }
      return undefined;
    },
  };
}

/** The text position under a point (caretPositionFromPoint, or the older WebKit call). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const position = withPosition.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = withPosition.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
