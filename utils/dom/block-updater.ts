/**
 * The scanner's updates: a MutationObserver notes which blocks changed, and only those are
 * read and detected again (each in the section the block before it ends in), in batches at
 * most once a second while the page keeps changing.
 * Each update tells what it changed: the mentions it dropped and those it added.
 */
import type { Detector } from '../core/detect';
import { samePlace } from '../core/sections';
import type { BlockIds, BlockIndex } from './block-index';
import { detectBlock, toScanned, type LocatedFinding, type ScannedSegment } from './located';
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
 * Detects the blocks read again, in page order, each in the section the block before it
 * ends in. When a block now ends in another section than the next block was read in (a
 * header came or went), the next block is read again too, and so on until sections agree.
 * Returns how many blocks were detected.
 */
function detectInOrder(
  fresh: readonly ScannedSegment[],
  options: UpdaterOptions,
  gone: LocatedFinding[],
  came: LocatedFinding[],
): number {
  const { index, detector } = options;
  const segments = index.segments;
  const todo = new Set(fresh);
  const positions = fresh.map((s) => index.positionOf(s.block)).sort((a, b) => a - b);
  let done = -1;
  let count = 0;
  for (const from of positions) {
    for (let i = Math.max(from, done + 1); i < segments.length; i++) {
      const segment = segments[i]!;
      const place = segments[i - 1]?.placeAtEnd;
      if (!todo.has(segment)) {
        // Unchanged: read again only where the report stands otherwise than it was read.
        if (samePlace(segment.placeAtStart, place)) break;
        gone.push(...segment.findings);
        segment.findings = [];
      }
      todo.delete(segment);
      detectBlock(detector, segment, place);
      came.push(...segment.findings);
      count++;
      done = i;
    }
  }
  return count;
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
    const detected = detectInOrder(fresh, options, gone, came);
    if (gone.length > 0 || came.length > 0) changed = true;
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
    onUpdate({ changed, blocks: detected, ms: lastUpdate - started }, { gone, came });
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
