/**
 * Keeps a document's findings up to date without slowing the page: the first read and
 * detection run in slices of a few milliseconds, yielding in between; afterwards a
 * MutationObserver collects changes and only the blocks that changed are read and detected
 * again, in batches at most once a second while the page keeps changing. Page text lives
 * only in memory, per block.
 */
import type { Detector } from '../core/detect';
import type { Finding } from '../core/schema';
import { isBlock, Segment, walkText } from './text-chunks';

/** A block's text, its nodes and its findings (offsets relative to the block's text). */
export type ScannedSegment = Segment & { findings: Finding[] };

/** Gives every segment an empty list of findings. */
function scanned(segments: Segment[]): ScannedSegment[] {
  for (const segment of segments) (segment as ScannedSegment).findings = [];
  return segments as ScannedSegment[];
}

/** The findings of the document, as blocks in document order. */
export interface PageFindings {
  readonly segments: readonly ScannedSegment[];
}

/** A finding with the nodes of its block (to draw it) and the text around it. */
export interface LocatedFinding {
  finding: Finding;
  segment: ScannedSegment;
}

/** Every finding of the page, in order, with its block. */
export function locatedFindings(page: PageFindings): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  for (const segment of page.segments) {
    for (const finding of segment.findings) out.push({ finding, segment });
  }
  return out;
}

/** What the scanner reports after each scan. */
export type ScanListener = (page: PageFindings, stats: ScanStats, change?: FindingChange) => void;

/** What an update changed: the findings it dropped and those it added. */
export interface FindingChange {
  gone: readonly Finding[];
  came: readonly Finding[];
}

/** What one scan did (for the bench and the badge): blocks read and time spent. */
export interface ScanStats {
  kind: 'first' | 'update';
  blocks: number;
  ms: number;
  /** False when an update changed no finding (a ticking clock): nothing to redraw. */
  changed: boolean;
  /**
   * First scan only: wall time reading the text and detecting (findings go to their blocks as
   * each piece is detected), and `work`, the main-thread time RadLens itself spent (the rest
   * went to the page between slices).
   */
  parts?: ScanParts;
}

/** Where the first scan's time went, in ms. */
export interface ScanParts {
  read: number;
  detect: number;
  work: number;
  /** The longest stretch RadLens held the main thread without yielding. */
  longestSlice: number;
}

/** Options of `watchFindings`. */
export interface ScanOptions {
  root: Node;
  detector: Detector;
  signal: AbortSignal;
  onScan: ScanListener;
  /** Longest slice of work before yielding to the page, in ms. */
  sliceMs?: number;
  /** Quiet time after a change before it is read, in ms. */
  debounceMs?: number;
  /** Least time between two updates while the page keeps changing, in ms. */
  minIntervalMs?: number;
}

/** Characters detected in the first piece of a first scan (the engine is not warm yet). */
const FIRST_PIECE = 16_000;
const MIN_PIECE = 4_000;
const MAX_PIECE = 200_000;
/** Text before a piece that is detected with it, so sentences and sections carry over. */
const OVERLAP = 2_000;
const SEPARATOR = '\n\n';
/** Put before each block detected on its own: a blank line and a neutral section header. */
const BLOCK_START = '\n\nFINDINGS:\n';

/** Yields to the page: a new task without setTimeout's 4 ms clamp. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
};

/**
 * Hands findings over a joined text to the blocks whose own text starts at `starts[k]` in it
 * (ascending), with offsets made relative to that text (the findings are changed in place).
 * A finding outside every block's own text (in text put before a block for context) is left
 * out. Call the returned function with findings in order of their starts, in as many batches
 * as needed.
 */
function handToBlocks(blocks: readonly ScannedSegment[], starts: readonly number[]) {
  let k = 0;
  return (findings: readonly Finding[]) => {
    for (const finding of findings) {
      while (k < blocks.length - 1 && finding.start >= starts[k + 1]!) k++;
      const block = blocks[k];
      if (!block) return;
      const offset = starts[k]!;
      if (finding.start < offset || finding.end > offset + block.text.length) continue;
      finding.start -= offset;
      finding.end -= offset;
      block.findings.push(finding);
    }
  };
}

/**
 * Detects `text` in pieces, each with some text before it for context, handing findings to
 * `add` in order. A piece is sized to take about a slice: small while the engine is cold,
 * larger once it runs fast.
 */
async function detectInSlices(
  detector: Detector,
  text: string,
  sliceMs: number,
  signal: AbortSignal,
  pause: () => Promise<void>,
  add: (findings: Finding[]) => void,
): Promise<void> {
  let from = 0;
  let piece = FIRST_PIECE;
  let sliceStart = performance.now();
  while (from < text.length) {
    let to = Math.min(text.length, from + piece);
    if (to < text.length) {
      const cut = text.lastIndexOf(SEPARATOR, to);
      if (cut > from) to = cut;
    }
    let prefixStart = Math.max(0, from - OVERLAP);
    if (prefixStart > 0) {
      const cut = text.indexOf(SEPARATOR, prefixStart);
      prefixStart = cut >= 0 && cut < from ? cut : from;
    }
    const started = performance.now();
    const found = detector.detect(text.slice(prefixStart, to));
    const ms = performance.now() - started;
    const kept: Finding[] = [];
    for (const f of found) {
      if (f.start + prefixStart < from) continue;
      f.start += prefixStart;
      f.end += prefixStart;
      kept.push(f);
    }
    add(kept);
    // Next piece: what this one's speed fits in most of a slice.
    const perChar = ms / Math.max(1, to - prefixStart);
    piece = Math.round(
      Math.min(MAX_PIECE, Math.max(MIN_PIECE, (sliceMs * 0.75) / Math.max(perChar, 1e-6))),
    );
    from = to;
    if (from < text.length && performance.now() - sliceStart > sliceMs) {
      await pause();
      if (signal.aborted) return;
      sliceStart = performance.now();
    }
  }
}

/** The nearest block at or above `node`, within `root`. */
function blockOf(node: Node, root: Node): Node {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n !== node || n.nodeType !== 3) {
      if (isBlock(n)) return n;
    }
  }
  return root;
}

/** Inserts `segment` in document order of blocks (binary search). */
function insertInOrder(segments: ScannedSegment[], segment: ScannedSegment): void {
  segments.splice(positionOf(segments, segment.block), 0, segment);
}

/** Where `block` is, or would go, in `segments` (document order; binary search). */
function positionOf(segments: readonly ScannedSegment[], block: Node): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = segments[mid]!.block.compareDocumentPosition(block);
    if (order & Node.DOCUMENT_POSITION_FOLLOWING || order & Node.DOCUMENT_POSITION_CONTAINED_BY) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Characters of the text before a changed block detected with it (for its section). */
const CONTEXT = 300;

/**
 * The text just before position `at` in the page: the blocks before it, nearest last, up to
 * `CONTEXT` characters (a longer block contributes its end). Detected ahead of a changed
 * block, it lets a section header there ("FAMILY HISTORY:" in the paragraph above) apply
 * to the block as it did when the page was first read.
 */
function textBefore(segments: readonly ScannedSegment[], at: number): string {
  const parts: string[] = [];
  let room = CONTEXT;
  for (let i = at - 1; i >= 0 && room > 0; i--) {
    const text = segments[i]!.text;
    parts.push(text.length <= room ? text : text.slice(text.length - room));
    room -= text.length + SEPARATOR.length;
  }
  return parts.reverse().join(SEPARATOR);
}

/** Scans `root` now (in slices) and again, block by block, whenever its content changes. */
export function watchFindings({
  root,
  detector,
  signal,
  onScan,
  sliceMs = 8,
  debounceMs = 50,
  minIntervalMs = 1000,
}: ScanOptions): void {
  let segments: ScannedSegment[] = [];
  const byBlock = new Map<Node, ScannedSegment>();
  // Each block's index in `segments`, rebuilt after blocks come or go. Ordering blocks with
  // compareDocumentPosition walks sibling lists, slow among thousands of siblings, so it is
  // left to blocks that are new.
  let positions: Map<Node, number> | undefined;
  const positionIn = (block: Node): number => {
    if (!positions) {
      positions = new Map();
      for (let i = 0; i < segments.length; i++) positions.set(segments[i]!.block, i);
    }
    return positions.get(block) ?? positionOf(segments, block);
  };
  const page: PageFindings = {
    get segments() {
      return segments;
    },
  };
  const dirty = new Set<Node>();
  let removed = false;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUpdate = 0;

  const first = async () => {
    const started = performance.now();
    // Main-thread time of this scan: wall time less the time handed back to the page.
    let away = 0;
    let resumed = started;
    let longestSlice = 0;
    const pause = async () => {
      const left = performance.now();
      longestSlice = Math.max(longestSlice, left - resumed);
      await nextTask();
      resumed = performance.now();
      away += resumed - left;
    };
    const walk = walkText(root, { keepNodes: false });
    while (!walk.step(sliceMs)) {
      await pause();
      if (signal.aborted) return;
    }
    const read = scanned(walk.segments);
    const readDone = performance.now();
    await pause();
    if (signal.aborted) return;
    const text = read.map((s) => s.text).join(SEPARATOR);
    // Each block's text becomes a slice of the joined text: one small string each instead of
    // the pieces it was built from.
    const starts: number[] = [];
    let at = 0;
    for (const segment of read) {
      const end = at + segment.text.length;
      segment.text = text.slice(at, end);
      starts.push(at);
      at = end + SEPARATOR.length;
    }
    const add = handToBlocks(read, starts);
    await pause();
    if (signal.aborted) return;
    await detectInSlices(detector, text, sliceMs, signal, pause, add);
    if (signal.aborted) return;
    const detectDone = performance.now();
    segments = read;
    positions = undefined;
    const done = performance.now();
    onScan(page, {
      kind: 'first',
      changed: true,
      blocks: segments.length,
      ms: done - started,
      parts: {
        read: readDone - started,
        detect: detectDone - readDone,
        work: done - started - away,
        longestSlice: Math.max(longestSlice, done - resumed),
      },
    });
    // Then, in slices, what updates need: blocks by node, and observers in shadow roots.
    const indexed = new Map<Node, number>();
    for (let i = 0; i < segments.length; i++) {
      byBlock.set(segments[i]!.block, segments[i]!);
      indexed.set(segments[i]!.block, i);
      if ((i & 1023) === 1023 && performance.now() - resumed > sliceMs) {
        await pause();
        if (signal.aborted) return;
      }
    }
    positions = indexed;
    for (const shadow of walk.shadowRoots) observeShadowRoot(shadow);
    ready = true;
    lastUpdate = performance.now();
    if (dirty.size > 0 || removed) schedule();
  };

  const update = () => {
    timer = undefined;
    if (signal.aborted) return;
    const started = performance.now() - noting;
    noting = 0;
    let changed = removed;
    const gone: Finding[] = [];
    const came: Finding[] = [];
    if (removed) {
      removed = false;
      positions = undefined;
      segments = segments.filter((s) => {
        if (s.block.isConnected) return true;
        byBlock.delete(s.block);
        for (const f of s.findings) gone.push(f);
        return false;
      });
    }
    let blocks = 0;
    const reread: ScannedSegment[] = [];
    const blocksToRead = [...dirty].filter((b) => b.isConnected);
    const toRead = new Set(blocksToRead);
    dirty.clear();
    for (const block of blocksToRead) {
      // Reread the block's own text, and new blocks inside it.
      const walk = walkText(block, {
        rootBlock: block,
        // Blocks inside that are unchanged, or read by a walk of their own.
        skipBlock: (b) => byBlock.has(b) || toRead.has(b),
      });
      walk.step(Infinity);
      for (const shadow of walk.shadowRoots) observeShadowRoot(shadow);
      const fresh = scanned(walk.segments);
      // A block left with no text is read as empty (its findings go).
      if (!fresh.some((s) => s.block === block))
        fresh.push(...scanned([new Segment(block, '', [])]));
      for (const s of fresh) reread.push(s);
    }
    // One detection over all the blocks read again (each call has a fixed cost). Changed
    // blocks need not be neighbours: each starts a section of its own, then the text before
    // it in the page (whose headers apply to it), then its own text; only findings in its
    // own text are kept.
    const pieces: string[] = [];
    const starts: number[] = [];
    let length = 0;
    for (const s of reread) {
      const before = BLOCK_START + textBefore(segments, positionIn(s.block)) + SEPARATOR;
      pieces.push(before, s.text);
      starts.push(length + before.length);
      length += before.length + s.text.length;
    }
    // A finding in the text before a block belongs to another block: left there.
    handToBlocks(reread, starts)(detector.detect(pieces.join('')));
    for (const s of reread) {
      const findings = s.findings;
      const existing = byBlock.get(s.block);
      for (const f of findings) came.push(f);
      if (existing) {
        if (existing.findings.length > 0 || findings.length > 0) changed = true;
        for (const f of existing.findings) gone.push(f);
        existing.text = s.text;
        existing.chunks = s.chunks;
        existing.findings = findings;
      } else {
        changed = true;
        byBlock.set(s.block, s);
        insertInOrder(segments, s);
        positions = undefined;
      }
      blocks++;
    }
    lastUpdate = performance.now();
    onScan(page, { kind: 'update', changed, blocks, ms: lastUpdate - started }, { gone, came });
  };

  const schedule = () => {
    if (!ready || timer !== undefined) return;
    const wait = Math.max(debounceMs, lastUpdate + minIntervalMs - performance.now());
    timer = setTimeout(update, wait);
  };

  /** Time spent noting changes since the last update (part of that update's cost). */
  let noting = 0;
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    for (const record of records) {
      if (record.type === 'characterData') {
        dirty.add(blockOf(record.target, root));
        continue;
      }
      // Only a removed block, or an element that may hold one, can take a block with it:
      // removed text and leaf inline elements leave the list of blocks as it is.
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && (isBlock(node) || (node as Element).firstElementChild)) {
          removed = true;
        }
      }
      dirty.add(blockOf(record.target, root));
      for (const node of record.addedNodes) if (isBlock(node)) dirty.add(node);
    }
    schedule();
    noting += performance.now() - started;
  });
  const watched = { childList: true, subtree: true, characterData: true };
  observer.observe(root, watched);
  // Open shadow roots are observed too (a document's observer does not see into them).
  const observed = new WeakSet<Node>();
  const observeShadowRoot = (shadow: ShadowRoot) => {
    if (observed.has(shadow)) return;
    observed.add(shadow);
    observer.observe(shadow, watched);
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  void first();
}
