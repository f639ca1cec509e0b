/**
 * The scanner's index of a page's blocks: the scanned blocks in document order, each found
 * by its element, each with a frame-local id and an order value. Ordering a new block with
 * compareDocumentPosition walks sibling lists, slow among thousands of siblings, so blocks
 * already indexed are found by a map and only new ones are placed by a binary search.
 */
import type { ScannedSegment } from './located';

/** Gap between the order values of neighbouring blocks when the index is (re)numbered. */
const GAP = 1024;

/** Frame-local block ids: the same element keeps its id across reads (a restart, a route). */
export interface BlockIds {
  of(block: Node): number;
}

/** Creates the block ids of one frame. */
export function createBlockIds(): BlockIds {
  const ids = new WeakMap<Node, number>();
  let next = 1;
  return {
    of(block) {
      let id = ids.get(block);
      if (id === undefined) ids.set(block, (id = next++));
      return id;
    },
  };
}

/** Where `block` is, or would go, among `segments` (document order; binary search). */
export function positionOf(segments: readonly ScannedSegment[], block: Node): number {
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

/** The blocks of a page in document order, by element. */
export class BlockIndex {
  #segments: ScannedSegment[] = [];
  readonly #byBlock = new Map<Node, ScannedSegment>();
  /** Each block's position in the list; rebuilt when blocks come or go. */
  #positions: Map<Node, number> | undefined;

  /** The blocks, in document order. */
  get segments(): readonly ScannedSegment[] {
    return this.#segments;
  }

  /**
   * Takes the blocks of a first read (in document order) and numbers them. Their lookup by
   * element is built by `indexSome`, in slices.
   */
  reset(segments: ScannedSegment[]): void {
    this.#segments = segments;
    this.#byBlock.clear();
    this.#positions = undefined;
    for (let i = 0; i < segments.length; i++) segments[i]!.order = i * GAP;
  }

  /**
   * Adds up to `count` blocks from `from` on to the lookup by element; returns where to go on
   * (the length when done).
   */
  indexSome(from: number, count: number): number {
    const segments = this.#segments;
    const to = Math.min(segments.length, from + count);
    for (let i = from; i < to; i++) this.#byBlock.set(segments[i]!.block, segments[i]!);
    return to;
  }

  /** The scanned block of `block`, if it is indexed. */
  get(block: Node): ScannedSegment | undefined {
    return this.#byBlock.get(block);
  }

  /** Where `block` is, or would go, in the list. */
  positionOf(block: Node): number {
    if (!this.#positions) {
      this.#positions = new Map();
      const segments = this.#segments;
      for (let i = 0; i < segments.length; i++) this.#positions.set(segments[i]!.block, i);
    }
    return this.#positions.get(block) ?? positionOf(this.#segments, block);
  }

  /** Drops the blocks no longer in the document; returns them. */
  removeDisconnected(): ScannedSegment[] {
    const gone: ScannedSegment[] = [];
    this.#segments = this.#segments.filter((s) => {
      if (s.block.isConnected) return true;
      this.#byBlock.delete(s.block);
      gone.push(s);
      return false;
    });
    if (gone.length > 0) this.#positions = undefined;
    return gone;
  }

  /**
   * Inserts a new block in document order, its order value between its neighbours'. True
   * when there was no room between them and every block was numbered again.
   */
  insert(segment: ScannedSegment): boolean {
    const segments = this.#segments;
    const at = positionOf(segments, segment.block);
    segments.splice(at, 0, segment);
    this.#byBlock.set(segment.block, segment);
    this.#positions = undefined;
    const before = segments[at - 1]?.order;
    const after = segments[at + 1]?.order;
    const order =
      before === undefined
        ? after === undefined
          ? 0
          : after - GAP
        : after === undefined
          ? before + GAP
          : before + (after - before) / 2;
    segment.order = order;
    if ((before === undefined || order > before) && (after === undefined || order < after)) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) segments[i]!.order = i * GAP;
    return true;
  }
}
