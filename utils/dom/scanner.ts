/**
 * Keeps a document's findings up to date without slowing the page: a first read in slices
 * (`first-read.ts`), then updates of the blocks that changed (`block-updater.ts`), over an
 * index of the page's blocks (`block-index.ts`). Page text lives only in memory, per block.
 */
import type { Detector } from '../core/detect';
import { BlockIndex, type BlockIds } from './block-index';
import { watchBlocks, type MentionChange } from './block-updater';
import { readFirst, sliceClock, type FirstReadParts } from './first-read';
import type { PageFindings } from './located';

export type { MentionChange } from './block-updater';
export type { FirstReadParts } from './first-read';

/** What one pass of the scanner did (for the page's statistics and the badge). */
export interface PassReport {
  kind: 'first' | 'update';
  blocks: number;
  ms: number;
  /** False when an update changed no mention (a ticking clock): nothing to redraw. */
  changed: boolean;
  /** First read only: where its time went. */
  parts?: FirstReadParts;
}

/** What the scanner reports after each pass; an update also says what it changed. */
export type PassListener = (page: PageFindings, report: PassReport, change?: MentionChange) => void;

/** Options of `watchFindings`. */
export interface ScanOptions {
  root: Node;
  detector: Detector;
  /** The frame's block ids (kept across scans, so a block keeps its mentions' ids). */
  ids: BlockIds;
  signal: AbortSignal;
  onPass: PassListener;
  /** Longest slice of work before yielding to the page, in ms. */
  sliceMs?: number;
  /** Quiet time after a change before it is read, in ms. */
  debounceMs?: number;
  /** Least time between two updates while the page keeps changing, in ms. */
  minIntervalMs?: number;
}

/** Scans `root` now (in slices) and again, block by block, whenever its content changes. */
export function watchFindings({
  root,
  detector,
  ids,
  signal,
  onPass,
  sliceMs = 8,
  debounceMs = 50,
  minIntervalMs = 1000,
}: ScanOptions): void {
  const index = new BlockIndex();
  const page: PageFindings = {
    get segments() {
      return index.segments;
    },
  };
  // Observing from the start: what changes during the first read is read again after it.
  const updater = watchBlocks({
    root,
    index,
    ids,
    detector,
    signal,
    debounceMs,
    minIntervalMs,
    onUpdate: (report, change) => onPass(page, { kind: 'update', ...report }, change),
  });
  const clock = sliceClock(signal);
  void (async () => {
    const first = await readFirst(root, detector, ids, signal, clock, sliceMs);
    if (!first || signal.aborted) return;
    index.reset(first.segments);
    onPass(page, {
      kind: 'first',
      changed: true,
      blocks: first.segments.length,
      ms: first.ms,
      parts: first.parts,
    });
    // Then, in slices, what updates need: the blocks by element.
    for (let at = 0; at < first.segments.length;) {
      at = index.indexSome(at, 1024);
      if (at < first.segments.length && performance.now() - clock.resumed > sliceMs) {
        if (!(await clock.pause())) return;
      }
    }
    updater.start(first.shadowRoots);
  })();
}
