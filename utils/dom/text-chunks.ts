/**
 * Reads the text of a page as segments, one per block element (paragraph, cell, list item,
 * div...), each with the text nodes it came from, so a finding's offsets map back to nodes
 * and a change to one block re-reads only that block. Descends into open shadow roots; skips
 * code, styles, form fields, editable regions and hidden subtrees. Text split across inline
 * elements ("hetero<b>topic</b> ossification") stays one string. The walk can pause and
 * resume, so a huge page is read in slices that never block the page for long.
 */

/** A text node and where its text starts in its segment's text. */
export interface TextChunk {
  node: Text;
  start: number;
}

/** The text of one block element (its own text, not that of blocks inside it). */
export interface Segment {
  block: Node;
  text: string;
  chunks: TextChunk[];
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start a new segment. */
export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/**
 * True for an element whose subtree is never read. Attributes only: `isContentEditable` or
 * computed styles would make the browser recompute the whole page's style first.
 */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True for an element that starts its own segment. */
export const isBlock = (node: Node): boolean =>
  node.nodeType === 1 ? BLOCK.has((node as Element).tagName.toUpperCase()) : node.nodeType === 11; // A shadow root reads as its own block.

/** Where a walk stands: nodes still to visit, with the block and <pre> state of each. */
interface Frame {
  node: Node;
  block: Node;
  pre: boolean;
}

/** Reads segments from a subtree, in slices. */
export interface TextWalk {
  /** Reads for up to `budgetMs` (or to the end); true when the subtree is read. */
  step(budgetMs: number): boolean;
  /** The segments read so far, in document order of their first text. */
  readonly segments: Segment[];
}

/**
 * Starts reading `root`, whose own text belongs to block `rootBlock` (itself, by default).
 * `skipBlock(el)` lets an update leave alone blocks that are already read and unchanged.
 */
export function walkText(
  root: Node,
  {
    rootBlock = root,
    skipBlock,
    now = () => performance.now(),
  }: { rootBlock?: Node; skipBlock?: (block: Node) => boolean; now?: () => number } = {},
): TextWalk {
  const segments: Segment[] = [];
  const byBlock = new Map<Node, Segment>();
  const rootPre = root instanceof Element && !!root.closest('pre');
  const stack: Frame[] = [{ node: root, block: rootBlock, pre: rootPre }];
  let first = true;

  const segmentOf = (block: Node) => {
    let segment = byBlock.get(block);
    if (!segment) {
      segment = { block, text: '', chunks: [] };
      byBlock.set(block, segment);
      segments.push(segment);
    }
    return segment;
  };

  const visit = ({ node, block, pre }: Frame) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Whitespace between inline elements still separates words ("<b>a</b> <i>b</i>");
      // before a block's first word it is left out.
      if (!/\S/.test(data) && !byBlock.get(block)?.text) return;
      const segment = segmentOf(block);
      segment.chunks.push({ node: node as Text, start: segment.text.length });
      // Line breaks in HTML source are plain spaces, except inside preformatted text; the
      // replacement keeps every offset.
      segment.text += pre ? data : data.replace(/[\n\r\t\f]/g, ' ');
      return;
    }
    let childBlock = block;
    let childPre = pre;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!first && isSkipped(el)) return;
      if (!first && isBlock(el)) {
        if (skipBlock?.(el)) return;
        childBlock = el;
      }
      if (el.tagName === 'PRE') childPre = true;
      const shadow = (el as HTMLElement).shadowRoot;
      // Children are pushed last-first so they are visited in order; the shadow tree (what
      // renders) before the light children (slotted into it).
      for (let child = el.lastChild; child; child = child.previousSibling) {
        stack.push({ node: child, block: childBlock, pre: childPre });
      }
      if (shadow) stack.push({ node: shadow, block: childBlock, pre: childPre });
    } else if (node.nodeType === 11 || node.nodeType === 9) {
      if (node.nodeType === 11 && !first) childBlock = node;
      for (let child = node.lastChild; child; child = child.previousSibling) {
        stack.push({ node: child, block: childBlock, pre: childPre });
      }
    }
    first = false;
  };

  return {
    segments,
    step(budgetMs) {
      const until = now() + budgetMs;
      let n = 0;
      while (stack.length > 0) {
        visit(stack.pop()!);
        // Check the clock every 256 nodes only.
        if ((++n & 255) === 0 && now() > until) return stack.length === 0;
      }
      return true;
    },
  };
}

/** Reads a whole subtree at once (small subtrees, tests). */
export function readSegments(root: Node): Segment[] {
  const walk = walkText(root);
  walk.step(Infinity);
  return walk.segments;
}
