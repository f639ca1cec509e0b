// @vitest-environment happy-dom
/**
 * Reading a page's text over a real DOM (happy-dom): what is read and what is skipped,
 * where blocks start, text split across inline elements, shadow roots, and the text nodes
 * each block's offsets map back to.
 */
import { describe, expect, it } from 'vitest';
import { isBlock, walkText } from '../../../utils/dom/text-chunks';

/** The texts of the blocks read from `html` in a fresh body. */
function read(html: string): string[] {
  document.body.innerHTML = html;
  const walk = walkText(document.body);
  walk.step(Infinity);
  return walk.segments.map((s) => s.text);
}

describe('walkText: what is read', () => {
  it.each([
    ['a paragraph', '<p>Small pleural effusion.</p>', ['Small pleural effusion.']],
    ['two paragraphs, two blocks', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    [
      'a term split across inline elements',
      '<p>hetero<b>topic</b> <i>ossification</i></p>',
      ['heterotopic ossification'],
    ],
    [
      'a term split across a span and a link',
      '<p><span>pneumo</span><a href="#">thorax</a></p>',
      ['pneumothorax'],
    ],
    ['a script', '<p>Seen.</p><script>var hidden = "pneumothorax";</script>', ['Seen.']],
    ['a style', '<style>p { color: red }</style><p>Seen.</p>', ['Seen.']],
    ['noscript', '<noscript>Enable scripts</noscript><p>Seen.</p>', ['Seen.']],
    ['a template', '<template><p>pneumothorax</p></template><p>Seen.</p>', ['Seen.']],
    ['a textarea', '<p>Seen.</p><textarea>pneumothorax</textarea>', ['Seen.']],
    ['an input', '<p>Seen.<input value="pneumothorax"></p>', ['Seen.']],
    ['a select', '<p>Seen.</p><select><option>pneumothorax</option></select>', ['Seen.']],
    ['a button', '<p>Seen.<button>pneumothorax</button></p>', ['Seen.']],
    ['a hidden element', '<p>Seen.</p><p hidden>pneumothorax</p>', ['Seen.']],
    ['aria-hidden', '<p>Seen.</p><div aria-hidden="true"><p>pneumothorax</p></div>', ['Seen.']],
    ['aria-hidden="false" is read', '<p aria-hidden="false">Seen.</p>', ['Seen.']],
    ['contenteditable', '<p>Seen.</p><div contenteditable="true">pneumothorax</div>', ['Seen.']],
    ['contenteditable=""', '<p>Seen.</p><div contenteditable="">pneumothorax</div>', ['Seen.']],
    ['contenteditable="false" is read', '<div contenteditable="false">Seen.</div>', ['Seen.']],
    ['an empty block', '<p></p><p>Seen.</p>', ['Seen.']],
    ['a whitespace-only block', '<p>  \n </p><p>Seen.</p>', ['Seen.']],
    [
      'source line breaks become spaces',
      '<p>left\npleural\teffusion</p>',
      ['left pleural effusion'],
    ],
    [
      'pre keeps its line breaks',
      '<pre>FINDINGS:\nSmall effusion.</pre>',
      ['FINDINGS:\nSmall effusion.'],
    ],
    [
      'a block inside a block starts its own',
      '<div>Before <p>inside</p> after</div>',
      ['Before  after', 'inside'],
    ],
    ['table cells are blocks', '<table><tr><td>One</td><td>Two</td></tr></table>', ['One', 'Two']],
    ['list items are blocks', '<ul><li>One</li><li>Two</li></ul>', ['One', 'Two']],
    ['headers are blocks', '<h2>IMPRESSION:</h2><p>Normal.</p>', ['IMPRESSION:', 'Normal.']],
  ])('%s', (_name, html, texts) => {
    expect(read(html)).toEqual(texts);
  });
});

describe('walkText: shadow roots and nodes', () => {
  it('reads an open shadow root as a block of its own, and lists it', () => {
    document.body.innerHTML = '<p>Light.</p><div id="host"></div>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Small pneumothorax.</p>';
    const walk = walkText(document.body);
    walk.step(Infinity);
    expect(walk.segments.map((s) => s.text)).toEqual(['Light.', 'Small pneumothorax.']);
    expect(walk.shadowRoots).toEqual([host.shadowRoot]);
  });

  it('maps a block’s text back to its text nodes, with their starts', () => {
    document.body.innerHTML = '<p>hetero<b>topic</b> ossification</p>';
    const walk = walkText(document.body);
    walk.step(Infinity);
    const [segment] = walk.segments;
    expect(segment!.chunks.map((c) => [c.node.data, c.start])).toEqual([
      ['hetero', 0],
      ['topic', 6],
      [' ossification', 11],
    ]);
  });

  it('without keepNodes finds the nodes when first asked for them', () => {
    document.body.innerHTML = '<p>one <i>two</i></p>';
    const walk = walkText(document.body, { keepNodes: false });
    walk.step(Infinity);
    expect(walk.segments[0]!.chunks.map((c) => c.node.data)).toEqual(['one ', 'two']);
  });

  it('leaves blocks that skipBlock names to a walk of their own', () => {
    document.body.innerHTML = '<div id="a">Outer <p id="b">inner</p></div>';
    const inner = document.getElementById('b')!;
    const walk = walkText(document.getElementById('a')!, { skipBlock: (b) => b === inner });
    walk.step(Infinity);
    expect(walk.segments.map((s) => s.text)).toEqual(['Outer ']);
  });

  it('reads in slices: a zero budget still ends, step by step', () => {
    document.body.innerHTML = Array.from({ length: 600 }, (_, i) => `<p>Line ${i}.</p>`).join('');
    let clock = 0;
    const walk = walkText(document.body, { now: () => (clock += 1) });
    let steps = 1;
    while (!walk.step(0)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(walk.segments).toHaveLength(600);
  });

  it.each([
    ['p', true],
    ['td', true],
    ['section', true],
    ['span', false],
    ['b', false],
  ])('isBlock(<%s>) is %s', (tag, block) => {
    expect(isBlock(document.createElement(tag))).toBe(block);
  });

  it('isBlock: a shadow root is a block, a text node is not', () => {
    const host = document.createElement('div');
    expect(isBlock(host.attachShadow({ mode: 'open' }))).toBe(true);
    expect(isBlock(document.createTextNode('x'))).toBe(false);
  });
});
