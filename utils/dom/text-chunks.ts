/**
 * Extracts the readable text of a DOM subtree as one string plus the text nodes it came
 * from, so a finding's offsets map back to nodes. Skips code, styles, form fields, editable
 * regions and hidden subtrees; separates block elements with a blank line so sentences of
 * different blocks never run together.
 */

/** A text node and where its text starts in the extracted string. */
export interface TextChunk {
  node: Text;
  start: number;
}

/** The extracted text of a subtree. */
export interface PageText {
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

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
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

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el instanceof HTMLElement) {
    if (el.hidden || el.isContentEditable || el.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** The nearest block-level ancestor, used to decide where line breaks go. */
function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root) {
    if (BLOCK.has(el.tagName.toUpperCase())) return el;
    el = el.parentElement;
  }
  return root;
}

/** Extracts the text of `root` (default: the document body). */
export function extractText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return node.nodeValue && /\S/.test(node.nodeValue)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text, root);
    if (lastBlock && block !== lastBlock) {
      // A blank line: a hard break between blocks (a single line break is a soft wrap).
      parts.push('\n\n');
      length += 2;
    }
    lastBlock = block;
    chunks.push({ node: text, start: length });
    // Line breaks in HTML source are plain spaces, except inside preformatted text; the
    // replacement keeps every offset.
    parts.push(
      text.parentElement?.closest('pre') ? text.data : text.data.replace(/[\n\r\t\f]/g, ' '),
    );
    length += text.data.length;
  }
  return { text: parts.join(''), chunks };
}
