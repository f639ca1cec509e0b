/**
 * Keeps a document's findings up to date without slowing the page: the first read and
 * detection run in slices of a few milliseconds, yielding in between; afterwards a
 * MutationObserver collects changes and only the blocks that changed are read and detected
 * again, in batches at most once a second while the page keeps changing. Page text lives
 * only in memory, per block.
 */
import type { Detector } from '../core/detect';
import type { Finding } from '../core/schema';
import { isBlock, walkText, type Segment } from './text-chunks';

/** A block's text, its nodes and its findings (offsets relative to the block's text). */
export interface ScannedSegment extends Segment {
  findings: Finding[];
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
export type ScanListener = (page: PageFindings, stats: ScanStats) => void;

/** What one scan did (for the bench and the badge): blocks read and time spent. */
export interface ScanStats {
  kind: 'first' | 'update';
  blocks: number;
  ms: number;
  /** False when an update changed no finding (a ticking clock): nothing to redraw. */
  changed: boolean;
  /**
   * First scan only: wall time reading the text, detecting, and handing findings to blocks,
   * and `work`, the main-thread time RadLens itself spent (the rest went to the page between
   * slices).
   */
  parts?: ScanParts;
}

/** Where the first scan's time went, in ms. */
export interface ScanParts {
  read: number;
  detect: number;
  assign: number;
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

/** Characters detected in one slice of the first scan. */
const PIECE = 120_000;
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

/** Detects `text` in slices, each with some text before it for context. */
async function detectInSlices(
  detector: Detector,
  text: string,
  sliceMs: number,
  signal: AbortSignal,
  pause: () => Promise<void>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  let from = 0;
  let sliceStart = performance.now();
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE);
    if (to < text.length) {
      const cut = text.lastIndexOf(SEPARATOR, to);
      if (cut > from) to = cut;
    }
    let prefixStart = Math.max(0, from - OVERLAP);
    if (prefixStart > 0) {
      const cut = text.indexOf(SEPARATOR, prefixStart);
      prefixStart = cut >= 0 && cut < from ? cut : from;
    }
    for (const f of detector.detect(text.slice(prefixStart, to))) {
      const start = f.start + prefixStart;
      if (start < from) continue;
      findings.push({ ...f, start, end: f.end + prefixStart });
    }
    from = to;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      if (signal.aborted) return findings;
      sliceStart = performance.now();
    }
  }
  return findings;
}

/**
 * Hands findings over joined block texts (the first starting at `lead`, each next one after
 * `gap` characters) to their blocks, with offsets relative to each block's own text.
 */
function splitByBlock(
  findings: readonly Finding[],
  blocks: readonly { text: string }[],
  lead: number,
  gap: number,
): Finding[][] {
  const perBlock: Finding[][] = blocks.map(() => []);
  let k = 0;
  let offset = lead;
  for (const finding of findings) {
    while (k < blocks.length - 1 && finding.start >= offset + blocks[k]!.text.length + gap) {
      offset += blocks[k]!.text.length + gap;
      k++;
    }
    perBlock[k]?.push({ ...finding, start: finding.start - offset, end: finding.end - offset });
  }
  return perBlock;
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
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = segments[mid]!.block.compareDocumentPosition(segment.block);
    if (order & Node.DOCUMENT_POSITION_FOLLOWING || order & Node.DOCUMENT_POSITION_CONTAINED_BY) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  segments.splice(lo, 0, segment);
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
    const walk = walkText(root);
    while (!walk.step(sliceMs)) {
      await pause();
      if (signal.aborted) return;
    }
    const read = walk.segments;
    const readDone = performance.now();
    const text = read.map((s) => s.text).join(SEPARATOR);
    const findings = await detectInSlices(detector, text, sliceMs, signal, pause);
    if (signal.aborted) return;
    const detectDone = performance.now();
    const perBlock = splitByBlock(findings, read, 0, SEPARATOR.length);
    segments = read.map((s, i) => ({ ...s, findings: perBlock[i]! }));
    for (const segment of segments) byBlock.set(segment.block, segment);
    observeShadowRoots(segments);
    ready = true;
    lastUpdate = performance.now();
    const done = performance.now();
    onScan(page, {
      kind: 'first',
      changed: true,
      blocks: segments.length,
      ms: done - started,
      parts: {
        read: readDone - started,
        detect: detectDone - readDone,
        assign: done - detectDone,
        work: done - started - away,
        longestSlice: Math.max(longestSlice, done - resumed),
      },
    });
    if (dirty.size > 0 || removed) schedule();
  };

  const update = () => {
    timer = undefined;
    if (signal.aborted) return;
    const started = performance.now();
    let changed = removed;
    if (removed) {
      removed = false;
      segments = segments.filter((s) => {
        if (s.block.isConnected) return true;
        byBlock.delete(s.block);
        return false;
      });
    }
    let blocks = 0;
    const added: ScannedSegment[] = [];
    const reread: Segment[] = [];
    const blocksToRead = [...dirty].filter((b) => b.isConnected);
    dirty.clear();
    for (const block of blocksToRead) {
      // Reread the block's own text, and blocks inside it that are new or changed.
      const walk = walkText(block, {
        rootBlock: block,
        skipBlock: (b) => byBlock.has(b) && !blocksToRead.includes(b),
      });
      walk.step(Infinity);
      const fresh = new Map(walk.segments.map((s) => [s.block, s]));
      if (!fresh.has(block)) fresh.set(block, { block, text: '', chunks: [] });
      for (const s of fresh.values()) reread.push(s);
    }
    // One detection over all the blocks read again (each call has a fixed cost). Changed
    // blocks need not be neighbours, so each starts a section of its own: no header in one
    // reaches into the next.
    const found = detector.detect(BLOCK_START + reread.map((s) => s.text).join(BLOCK_START));
    const perBlock = splitByBlock(found, reread, BLOCK_START.length, BLOCK_START.length);
    for (const [i, s] of reread.entries()) {
      const findings = perBlock[i]!;
      const existing = byBlock.get(s.block);
      if (existing) {
        if (existing.findings.length > 0 || findings.length > 0) changed = true;
        existing.text = s.text;
        existing.chunks = s.chunks;
        existing.findings = findings;
      } else {
        changed = true;
        const segment = { ...s, findings };
        byBlock.set(s.block, segment);
        insertInOrder(segments, segment);
        added.push(segment);
      }
      blocks++;
    }
    observeShadowRoots(added);
    lastUpdate = performance.now();
    onScan(page, { kind: 'update', changed, blocks, ms: lastUpdate - started });
  };

  const schedule = () => {
    if (!ready || timer !== undefined) return;
    const wait = Math.max(debounceMs, lastUpdate + minIntervalMs - performance.now());
    timer = setTimeout(update, wait);
  };

  const observer = new MutationObserver((records) => {
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
  });
  const watched = { childList: true, subtree: true, characterData: true };
  observer.observe(root, watched);
  // Open shadow roots are observed too (a document's observer does not see into them).
  const observed = new WeakSet<Node>();
  const observeShadowRoots = (list: readonly ScannedSegment[]) => {
    for (const { block } of list) {
      const shadow = block.nodeType === 11 ? block : block.getRootNode();
      if (shadow.nodeType === 11 && !observed.has(shadow)) {
        observed.add(shadow);
        observer.observe(shadow, watched);
      }
    }
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  void first();
}
