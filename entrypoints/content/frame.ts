/**
 * What the content script's features share in one frame: the site's mode, the detector, the
 * page's mentions as last read, the ledger of what the panels were told, the highlighter and
 * the statistics; and the events by which one feature tells the others what happened.
 */
import type { Detector } from '../../utils/core/detect';
import { mentionContext } from '../../utils/core/mention-context';
import type { SiteMode } from '../../utils/core/site-mode';
import { FindingTally } from '../../utils/core/tally';
import { createBlockIds, type BlockIds } from '../../utils/dom/block-index';
import { createHighlighter, type Highlighter } from '../../utils/dom/highlighter';
import type { LocatedFinding, PageFindings } from '../../utils/dom/located';
import { MentionLedger, type LedgerChange } from '../../utils/dom/mention-ledger';
import type { PassReport } from '../../utils/dom/scanner';
import type { ReportedFinding } from '../../utils/messaging';
import { PageStats } from './stats';

/**
 * What the features tell each other (`emit`, `on`):
 * - `mode`: the site's mode changed (or was first read);
 * - `engine`: the detector arrived;
 * - `route`: a single-page app changed its address (read the page afresh);
 * - `mentions`: the mentions changed (`MentionsEvent`).
 */
export type FrameEventName = 'mode' | 'engine' | 'route' | 'mentions';

/** The `mentions` event: what changed, and the scanner's pass behind it (none on a stop). */
export interface MentionsDetail {
  change: LedgerChange;
  report?: PassReport;
}

/** One frame's content script. */
export interface Frame {
  readonly doc: Document;
  /** The site this frame belongs to (its tab's top origin when the browser tells it). */
  readonly origin: string;
  /** Tells this run of the script from another in the same frame (a reload). */
  readonly run: string;
  settings: unknown;
  mode: SiteMode;
  detector: Detector | undefined;
  /** The page's blocks and mentions as last read. */
  page: PageFindings;
  /** True until the first read of the page is done. */
  scanning: boolean;
  /** Counted per change told to the panels. */
  revision: number;
  readonly ids: BlockIds;
  readonly ledger: MentionLedger;
  readonly tally: FindingTally;
  readonly highlighter: Highlighter;
  readonly stats: PageStats;
  /** Listeners by event (plain functions: Firefox hides a CustomEvent's detail from us). */
  readonly listeners: Map<FrameEventName, Set<Listener>>;
}

type Listener = (detail: MentionsDetail | undefined) => void;

/** The site this frame belongs to: the tab's top origin when the browser tells it. */
function siteOrigin(): string {
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1]!;
  return self.origin;
}

/** The state of this frame's content script, before anything is read. */
export function createFrame(doc: Document): Frame {
  const frame: Frame = {
    doc,
    origin: siteOrigin(),
    run: Math.random().toString(36).slice(2, 10),
    settings: undefined,
    mode: 'highlight',
    detector: undefined,
    page: { segments: [] },
    scanning: true,
    revision: 0,
    ids: createBlockIds(),
    ledger: new MentionLedger(() => frame.page),
    tally: new FindingTally(),
    highlighter: createHighlighter(doc),
    stats: new PageStats(),
    listeners: new Map(),
  };
  return frame;
}

/** Tells the other features `name` happened (synchronously, in the order they listened). */
export function emit(frame: Frame, name: FrameEventName, detail?: MentionsDetail): void {
  for (const listener of [...(frame.listeners.get(name) ?? [])]) listener(detail);
}

/** Calls `listener` on each `name` event until `signal` aborts. */
export function on(
  frame: Frame,
  name: FrameEventName,
  listener: Listener,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let set = frame.listeners.get(name);
  if (!set) frame.listeners.set(name, (set = new Set()));
  // A listener added twice is two listeners, each removed by its own signal.
  const own: Listener = (detail) => listener(detail);
  set.add(own);
  signal.addEventListener('abort', () => set.delete(own), { once: true });
}

/** A mention as the panel receives it: its id and order, and its sentence if it is first. */
export function reported(frame: Frame, mention: LocatedFinding): ReportedFinding {
  const { finding, segment } = mention;
  const out: ReportedFinding = { ...finding, id: mention.id, order: segment.order };
  // The panel shows the sentence of each finding group's first mention only.
  if (frame.ledger.isFirst(mention)) {
    out.context = mentionContext(segment.text, finding.start, finding.end);
  }
  return out;
}

/** The site mode as the panel is told it, and whether the first read is still going. */
export const frameState = (frame: Frame) => ({
  scanning: frame.mode !== 'off' && frame.scanning,
  mode: frame.mode,
});
