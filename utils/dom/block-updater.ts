/**
 * The scanner's updates: a MutationObserver notes which blocks changed, and only those are
 * read and detected again, in batches at most once a second while the page keeps changing.
 * Each update tells what it changed: the mentions it dropped and those it added.
 */
import type { Detector } from '../core/detect';
import type { BlockIds, BlockIndex } from './block-index';
import { handToBlocks, SEPARATOR } from './first-read';
import { toScanned, type LocatedFinding, type ScannedSegment } from './located';
import { isBlock, Segment, walkText } from './text-chunks';

/** What an update changed: the mentions it dropped and those it added. */
export interface MentionChange {
  gone: readonly LocatedFinding[];
  came: readonly LocatedFinding[];
}

/** What an update did: blocks read, time spent, and whether any mention changed. */
export interface UpdateReport {
  blocks: number;
  ms: number;
  /** False when no mention changed (a ticking clock): nothing to redraw. */
  changed: boolean;
}

/** Options of `watchBlocks`. */
export interface UpdaterOptions {
  root: Node;
  index: BlockIndex;
  ids: BlockIds;
  detector: Detector;
  signal: AbortSignal;
  onUpdate: (report: UpdateReport, change: MentionChange) => void;
  /** Quiet time after a change before it is read, in ms. */
  debounceMs: number;
  /** Least time between two updates while the page keeps changing, in ms. */
  minIntervalMs: number;
}

/** The updater of one scan: observing from the start, updating once `start` is called. */
export interface Updater {
  /** Starts updating (after the first read); `shadowRoots` are observed too. */
  start(shadowRoots: readonly ShadowRoot[]): void;
}

/** Put before each block detected on its own: a blank line and a neutral section header. */
const BLOCK_START = '\n\nFINDINGS:\n';
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

/** The nearest block at or above `node`, within `root`. */
export function blockOf(node: Node, root: Node): Node {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n !== node || n.nodeType !== 3) {
      if (isBlock(n)) return n;
    }
  }
  return root;
}

/** The blocks read again by an update: those already indexed, and new ones. */
interface Reread {
  known: ScannedSegment[];
  added: ScannedSegment[];
  /** The mentions the known blocks had. */
  gone: LocatedFinding[];
}

/**
 * Reads `blocks` again: their own text and the new blocks inside them. A block already
 * indexed keeps its object (its id and place) and takes its new text and nodes.
 */
function reread(
  blocks: readonly Node[],
  options: UpdaterOptions,
  observe: (shadow: ShadowRoot) => void,
): Reread {
  const { index, ids } = options;
  const toRead = new Set(blocks);
  const out: Reread = { known: [], added: [], gone: [] };
  for (const block of blocks) {
    const walk = walkText(block, {
      rootBlock: block,
      // Blocks inside that are unchanged, or read by a walk of their own.
      skipBlock: (b) => index.get(b) !== undefined || toRead.has(b),
    });
    walk.step(Infinity);
    for (const shadow of walk.shadowRoots) observe(shadow);
    const fresh = walk.segments;
    // A block left with no text is read as empty (its mentions go).
    if (!fresh.some((s) => s.block === block)) fresh.push(new Segment(block, '', []));
    for (const s of fresh) {
      const known = index.get(s.block);
      if (!known) {
        out.added.push(toScanned(s, ids.of(s.block)));
        continue;
      }
      for (const f of known.findings) out.gone.push(f);
      known.text = s.text;
      known.chunks = s.chunks;
      known.findings = [];
      out.known.push(known);
    }
  }
  return out;
}

/**
 * Detects the blocks read again, in one call (each has a fixed cost). Changed blocks need
 * not be neighbours: each starts a section of its own, then the text before it in the page
 * (whose headers apply to it), then its own text; only findings in its own text are kept.
 */
function detectBlocks(blocks: readonly ScannedSegment[], options: UpdaterOptions): void {
  const { index, detector } = options;
  const pieces: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const s of blocks) {
    const before = BLOCK_START + textBefore(index.segments, index.positionOf(s.block)) + SEPARATOR;
    pieces.push(before, s.text);
    starts.push(length + before.length);
    length += before.length + s.text.length;
  }
  handToBlocks(blocks, starts)(detector.detect(pieces.join('')));
}

/** Watches `root` for changes and updates the index's blocks (see `Updater`). */
export function watchBlocks(options: UpdaterOptions): Updater {
  const { root, index, signal, onUpdate, debounceMs, minIntervalMs } = options;
  const dirty = new Set<Node>();
  let removed = false;
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUpdate = 0;
  /** Time spent noting changes since the last update (part of that update's cost). */
  let noting = 0;

  const update = () => {
    timer = undefined;
    if (signal.aborted) return;
    const started = performance.now() - noting;
    noting = 0;
    let changed = removed;
    const gone: LocatedFinding[] = [];
    const came: LocatedFinding[] = [];
    if (removed) {
      removed = false;
      for (const s of index.removeDisconnected()) for (const f of s.findings) gone.push(f);
    }
    const blocks = [...dirty].filter((b) => b.isConnected);
    dirty.clear();
    const read = reread(blocks, options, observeShadowRoot);
    for (const f of read.gone) gone.push(f);
    if (read.gone.length > 0 || read.added.length > 0) changed = true;
    // New blocks take their place first: the text before each is then the page's as it is.
    let renumbered = false;
    for (const s of read.added) if (index.insert(s)) renumbered = true;
    const fresh = [...read.known, ...read.added];
    detectBlocks(fresh, options);
    for (const s of fresh) {
      if (s.findings.length > 0) changed = true;
      for (const f of s.findings) came.push(f);
    }
    if (renumbered) {
      // Every block has a new place: the mentions of unchanged blocks moved too.
      const read = new Set(fresh);
      for (const s of index.segments) {
        if (read.has(s)) continue;
        gone.push(...s.findings);
        came.push(...s.findings);
      }
    }
    lastUpdate = performance.now();
    onUpdate({ changed, blocks: fresh.length, ms: lastUpdate - started }, { gone, came });
  };

  const schedule = () => {
    if (!ready || timer !== undefined) return;
    const wait = Math.max(debounceMs, lastUpdate + minIntervalMs - performance.now());
    timer = setTimeout(update, wait);
  };

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
  function observeShadowRoot(shadow: ShadowRoot) {
    if (observed.has(shadow)) return;
    observed.add(shadow);
    observer.observe(shadow, watched);
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return {
    start(shadowRoots) {
      for (const shadow of shadowRoots) observeShadowRoot(shadow);
      ready = true;
      lastUpdate = performance.now();
      if (dirty.size > 0 || removed) schedule();
    },
  };
}
