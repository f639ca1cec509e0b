/**
 * The scanner's index of a page's blocks: the scanned blocks in document order, each found
 * by its element, each with a frame-local id and an order value. Ordering a new block with
 * compareDocumentPosition walks sibling lists, slow among thousands of siblings, so blocks
 * already indexed are placed by their order values and only new ones by the document.
 */
import { firstWhere } from '../core/sorted';
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
  return firstWhere(segments.length, (i) => {
    const order = segments[i]!.block.compareDocumentPosition(block);
    return !(
      order & Node.DOCUMENT_POSITION_FOLLOWING || order & Node.DOCUMENT_POSITION_CONTAINED_BY
    );
  });
}

/** The blocks of a page in document order, by element. */
export class BlockIndex {
  #segments: ScannedSegment[] = [];
  readonly #byBlock = new Map<Node, ScannedSegment>();

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

  /**
   * Where `block` is, or would go, in the list: an indexed block by its order value (they
   * ascend along the list), any other by its place in the document.
   */
  positionOf(block: Node): number {
    const segment = this.#byBlock.get(block);
    if (!segment) return positionOf(this.#segments, block);
    const segments = this.#segments;
    const at = firstWhere(segments.length, (i) => segments[i]!.order >= segment.order);
    return segments[at] === segment ? at : positionOf(segments, block);
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
