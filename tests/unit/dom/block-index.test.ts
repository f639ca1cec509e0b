// @vitest-environment happy-dom
/**
 * The block index over a real DOM (happy-dom): frame-local block ids, blocks kept in
 * document order with order values, new blocks slotted between their neighbours, blocks
 * that left the document dropped.
 */
import { describe, expect, it } from 'vitest';
import { BlockIndex, createBlockIds, positionOf } from '../../../utils/dom/block-index';
import { toScanned, type ScannedSegment } from '../../../utils/dom/located';
import { Segment } from '../../../utils/dom/text-chunks';

const ids = createBlockIds();

/** Paragraphs p0..p(n-1) in the body, indexed as a first read would. */
function page(n: number): { index: BlockIndex; blocks: HTMLElement[] } {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p id="p${i}">${i}</p>`).join('');
  const blocks = [...document.querySelectorAll('p')];
  const index = new BlockIndex();
  index.reset(blocks.map((b) => scanned(b)));
  index.indexSome(0, n);
  return { index, blocks };
}

const scanned = (block: Node): ScannedSegment =>
  toScanned(new Segment(block, block.textContent ?? '', []), ids.of(block));

/** Inserts a new paragraph before or after `ref`, and indexes it. */
function insert(index: BlockIndex, ref: Element, where: 'before' | 'after'): ScannedSegment {
  const p = document.createElement('p');
  ref[where](p);
  const segment = scanned(p);
  index.insert(segment);
  return segment;
}

const orders = (index: BlockIndex) => index.segments.map((s) => s.order);
const ascending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! < v);

describe('block ids', () => {
  it('the same element keeps its id; another element gets another', () => {
    const a = document.createElement('p');
    const b = document.createElement('p');
    expect(ids.of(a)).toBe(ids.of(a));
    expect(ids.of(a)).not.toBe(ids.of(b));
  });

  it('ids of two frames are their own', () => {
    const a = document.createElement('p');
    expect(createBlockIds().of(a)).toBe(createBlockIds().of(a));
  });
});

describe('BlockIndex', () => {
  it('numbers a first read in order', () => {
    const { index } = page(4);
    expect(ascending(orders(index))).toBe(true);
  });

  it.each([
    ['before the first', 0, 'before', 0],
    ['after the first', 0, 'after', 1],
    ['in the middle', 2, 'before', 2],
    ['after the last', 3, 'after', 4],
  ] as const)('inserts a new block %s, in order', (_name, at, where, position) => {
    const { index, blocks } = page(4);
    const segment = insert(index, blocks[at]!, where);
    expect(index.segments.indexOf(segment)).toBe(position);
    expect(ascending(orders(index))).toBe(true);
    expect(index.get(segment.block)).toBe(segment);
  });

  it('numbers every block again when there is no room left between two', () => {
    const { index, blocks } = page(2);
    let renumbered = false;
    for (let i = 0; i < 80 && !renumbered; i++) {
      const p = document.createElement('p');
      blocks[1]!.before(p);
      renumbered = index.insert(scanned(p));
    }
    expect(renumbered).toBe(true);
    expect(ascending(orders(index))).toBe(true);
  });

  it('drops blocks that left the document, and returns them', () => {
    const { index, blocks } = page(3);
    blocks[1]!.remove();
    const gone = index.removeDisconnected();
    expect(gone.map((s) => s.block)).toEqual([blocks[1]]);
    expect(index.segments.map((s) => s.block)).toEqual([blocks[0], blocks[2]]);
    expect(index.get(blocks[1]!)).toBeUndefined();
  });

  it('finds positions of indexed blocks and of blocks not yet in it', () => {
    const { index, blocks } = page(3);
    expect(index.positionOf(blocks[2]!)).toBe(2);
    const p = document.createElement('p');
    blocks[1]!.before(p);
    expect(index.positionOf(p)).toBe(1);
  });

  it.each([
    ['before every block', 0],
    ['between the first two', 1],
    ['after every block', 3],
  ])('positionOf: a block %s', (_name, at) => {
    const { index, blocks } = page(3);
    const p = document.createElement('p');
    if (at < 3) blocks[at]!.before(p);
    else blocks[2]!.after(p);
    expect(positionOf(index.segments, p)).toBe(at);
  });

  it('indexes a first read in slices', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const blocks = [...document.querySelectorAll('p')];
    const index = new BlockIndex();
    index.reset(blocks.map((b) => scanned(b)));
    expect(index.indexSome(0, 2)).toBe(2);
    expect(index.get(blocks[2]!)).toBeUndefined();
    expect(index.indexSome(2, 2)).toBe(3);
    expect(index.get(blocks[2]!)).toBeDefined();
  });
});
