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

/**
 * The text of one block element (its own text, not that of blocks inside it) and its text
 * nodes. A first read of a page keeps only the text: the nodes of a block are looked up again
 * when first asked for (to draw or show a finding), so a long page's read leaves far less
 * for the garbage collector to copy and holds far less memory.
 */
export class Segment {
  /** The text nodes, when the read kept them. */
  protected nodes: TextChunk[] | undefined;

  constructor(
    readonly block: Node,
    public text: string,
    chunks?: TextChunk[],
  ) {
    this.nodes = chunks;
  }

  get chunks(): TextChunk[] {
    return (this.nodes ??= nodesOf(this.block));
  }

  set chunks(chunks: TextChunk[]) {
    this.nodes = chunks;
  }
}

/** The text nodes of `block`'s own text, read again (the same walk as the first read). */
function nodesOf(block: Node): TextChunk[] {
  const walk = walkText(block, { skipBlock: () => true });
  walk.step(Infinity);
  return walk.segments.find((s) => s.block === block)?.chunks ?? [];
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
const BLOCK = new Set([
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
 * True for an element whose attributes keep its subtree from being read (hidden, editable).
 * Attributes only: `isContentEditable` or computed styles would make the browser recompute
 * the whole page's style first.
 */
function isSkippedByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True for an element that starts its own segment. */
export const isBlock = (node: Node): boolean =>
  node.nodeType === 1 ? BLOCK.has((node as Element).tagName.toUpperCase()) : node.nodeType === 11; // A shadow root reads as its own block.

/** Reads segments from a subtree, in slices. */
export interface TextWalk {
  /** Reads for up to `budgetMs` (or to the end); true when the subtree is read. */
  step(budgetMs: number): boolean;
  /** The segments read so far, in document order of their first text. */
  readonly segments: Segment[];
  /** The open shadow roots read so far (a document's observers do not see into them). */
  readonly shadowRoots: ShadowRoot[];
}

/** What an element means to the walk, by tag name. */
const INLINE = 0;
const BLOCK_KIND = 1;
const SKIP_KIND = 2;
const PRE_KIND = 3; // a block whose line breaks are kept
const KIND = new Map<string, number>();
for (const tag of BLOCK) KIND.set(tag, BLOCK_KIND);
for (const tag of SKIP) KIND.set(tag, SKIP_KIND);
KIND.set('PRE', PRE_KIND);

function kindOf(el: Element): number {
  const tag = el.tagName;
  const kind = KIND.get(tag);
  if (kind !== undefined) return kind;
  // Elements outside HTML (SVG, XHTML documents) report their names in lower case.
  const upper = tag.toUpperCase();
  return upper === tag ? INLINE : (KIND.get(upper) ?? INLINE);
}

/** Line breaks in HTML source are plain spaces outside preformatted text (same length). */
const SOURCE_BREAKS = /[\n\r\t\f]/g;
const NOT_BLANK = /\S/;

/**
 * Starts reading `root`, whose own text belongs to block `rootBlock` (itself, by default).
 * `skipBlock(el)` lets an update leave alone blocks that are already read and unchanged.
 *
 * The walk follows child and sibling links from node to node (no queue of pending nodes), so
 * it allocates nothing per element; a stack holds the blocks open around the current node
 * and the segment each is filling.
 */
export function walkText(
  root: Node,
  {
    rootBlock = root,
    skipBlock,
    keepNodes = true,
    now = () => performance.now(),
  }: {
    rootBlock?: Node;
    skipBlock?: (block: Node) => boolean;
    /** False: keep the text only; each segment finds its nodes when first asked for them. */
    keepNodes?: boolean;
    now?: () => number;
  } = {},
): TextWalk {
  const segments: Segment[] = [];
  const shadowRoots: ShadowRoot[] = [];
  /** Open blocks, innermost last, with the segment each fills (made at its first word). */
  const blocks: Node[] = [rootBlock];
  const filling: (Segment | null)[] = [null];
  /** Segments whose text keeps its line breaks (inside <pre>). */
  const keepBreaks = new Set<Segment>();
  /** Open <pre> elements, and whether the root itself sits inside one. */
  const pres: Node[] = [];
  const rootPre = root.nodeType === 1 && !!(root as Element).closest('pre');
  let current: Node | null = root;

  const addText = (node: Text) => {
    const data = node.data;
    const top = filling.length - 1;
    let segment = filling[top]!;
    if (segment === null) {
      // Whitespace between inline elements still separates words ("<b>a</b> <i>b</i>");
      // before a block's first word it is left out.
      if (!NOT_BLANK.test(data)) return;
      segment = new Segment(blocks[top]!, '', keepNodes ? [] : undefined);
      filling[top] = segment;
      segments.push(segment);
      if (rootPre || pres.length > 0) keepBreaks.add(segment);
    }
    if (keepNodes) segment.chunks.push({ node, start: segment.text.length });
    segment.text += data;
  };

  /** Visits `node`; true when its children are to be read. */
  const enter = (node: Node): boolean => {
    const type = node.nodeType;
    if (type === 3) {
      addText(node as Text);
      return false;
    }
    if (type === 1) {
      const el = node as Element;
      const kind = kindOf(el);
      if (node !== root) {
        if (kind === SKIP_KIND || (el.hasAttributes() && isSkippedByAttribute(el))) return false;
        if (kind === BLOCK_KIND || kind === PRE_KIND) {
          if (skipBlock?.(el)) return false;
          blocks.push(el);
          filling.push(null);
        }
      }
      if (kind === PRE_KIND) pres.push(el);
      return true;
    }
    if (type === 11) {
      // A shadow root reads as its own block.
      if (node !== root) {
        blocks.push(node);
        filling.push(null);
      }
      return true;
    }
    return type === 9;
  };

  /** Leaves `node` (after its children): closes what it opened. */
  const leave = (node: Node) => {
    // Lengths checked first: reading past an array's end is slow.
    if (blocks.length > 1 && blocks[blocks.length - 1] === node) {
      blocks.pop();
      filling.pop();
    }
    if (pres.length > 0 && pres[pres.length - 1] === node) pres.pop();
  };

  /** The first node inside `node`: the shadow tree (what renders) before the light children. */
  const firstInside = (node: Node): Node | null => {
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (!shadow) return node.firstChild;
    shadowRoots.push(shadow);
    return shadow;
  };

  /** The node after `node` and everything inside it, or null at the end of the root. */
  const after = (node: Node): Node | null => {
    for (let n: Node = node; n !== root;) {
      leave(n);
      const host = n.nodeType === 11 ? (n as ShadowRoot).host : null;
      if (host) {
        // Out of a shadow tree: on to the host's light children (slotted into it).
        if (host.firstChild) return host.firstChild;
        n = host;
        continue;
      }
      if (n.nextSibling) return n.nextSibling;
      const parent = n.parentNode;
      if (!parent) return null;
      n = parent;
    }
    return null;
  };

  const finish = () => {
    for (const segment of segments) {
      if (!keepBreaks.has(segment)) segment.text = segment.text.replace(SOURCE_BREAKS, ' ');
    }
  };

  return {
    segments,
    shadowRoots,
    step(budgetMs) {
      if (current === null) return true;
      const until = now() + budgetMs;
      let n = 0;
      while (current !== null) {
        const node: Node = current;
        current = (enter(node) && firstInside(node)) || after(node);
        // Check the clock every 256 nodes only.
        if ((++n & 255) === 0 && current !== null && now() > until) return false;
      }
      finish();
      return true;
    },
  };
}
