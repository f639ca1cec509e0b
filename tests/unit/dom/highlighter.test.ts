// @vitest-environment happy-dom
/**
 * The highlighter's bookkeeping over a real DOM (happy-dom), with a stand-in for the CSS
 * highlight registry (happy-dom paints nothing): which ranges are drawn per status, the
 * cap, a redraw that keeps unchanged mentions' ranges, a registry the page emptied, clear.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../utils/core/schema';
import {
  createHighlighter,
  HIGHLIGHT_NAMES,
  isDrawn,
  type FindingSource,
  type HighlightApi,
} from '../../../utils/dom/highlighter';
import { addMention, toScanned, type LocatedFinding } from '../../../utils/dom/located';
import { walkText } from '../../../utils/dom/text-chunks';

// happy-dom has no StaticRange: a plain one holding its bounds (all the highlighter reads).
if (typeof globalThis.StaticRange !== 'function') {
  globalThis.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  } as unknown as typeof StaticRange;
}

/** A stand-in Highlight: a set of ranges. */
class FakeHighlight extends Set<AbstractRange> {}

let registry: Map<string, Highlight>;
let api: HighlightApi;
beforeEach(() => {
  registry = new Map();
  api = { registry, create: () => new FakeHighlight() as unknown as Highlight };
});

/** The body's paragraphs, each with one mention per `statuses` entry (at 0, 10, 20...). */
function mentions(statuses: Finding['status'][][]): LocatedFinding[] {
  document.body.innerHTML = statuses
    .map((row) => `<p>${row.map(() => 'mention.. ').join('')}</p>`)
    .join('');
  const walk = walkText(document.body);
  walk.step(Infinity);
  return walk.segments.flatMap((s, i) => {
    const segment = toScanned(s, i + 1);
    statuses[i]!.forEach((status, k) =>
      addMention(segment, {
        topicId: 'pneumothorax',
        start: k * 10,
        end: k * 10 + 7,
        text: 'mention',
        status,
        indicator: 'info',
      }),
    );
    return segment.findings;
  });
}

const source = (list: readonly LocatedFinding[]): FindingSource => ({
  first: (n) => list.filter((m) => isDrawn(m.finding.status)).slice(0, n),
  all: () => list,
});

const sizes = () =>
  Object.fromEntries(
    Object.entries(HIGHLIGHT_NAMES).map(([status, name]) => [
      status,
      (registry.get(name) as unknown as FakeHighlight | undefined)?.size ?? 0,
    ]),
  );

describe('the highlighter’s bookkeeping', () => {
  it.each([
    ['present', [['present']], { present: 1, possible: 0, absent: 0 }],
    [
      'each status its own highlight',
      [['present', 'possible', 'absent']],
      { present: 1, possible: 1, absent: 1 },
    ],
    [
      'historical and other-person are not drawn',
      [['historical', 'other-person', 'present']],
      { present: 1, possible: 0, absent: 0 },
    ],
    ['across blocks', [['present'], ['present', 'absent']], { present: 2, possible: 0, absent: 1 }],
  ] as const)('draws %s', (_name, statuses, expected) => {
    const h = createHighlighter(document, 200, api);
    h.render(source(mentions(statuses.map((r) => [...r]))));
    expect(sizes()).toEqual(expected);
    expect(h.drawn).toBe(expected.present + expected.possible + expected.absent);
  });

  it('draws at most `cap` mentions', () => {
    const h = createHighlighter(document, 3, api);
    h.render(source(mentions([['present', 'present', 'present', 'present', 'present']])));
    expect(h.drawn).toBe(3);
  });

  it('a redraw keeps the ranges of mentions still drawn, and drops the rest', () => {
    const list = mentions([['present', 'present'], ['present']]);
    const h = createHighlighter(document, 200, api);
    h.render(source(list));
    const before = new Set(registry.get(HIGHLIGHT_NAMES.present));
    h.render(source(list.slice(1)));
    const now = registry.get(HIGHLIGHT_NAMES.present) as unknown as FakeHighlight;
    expect(now.size).toBe(2);
    expect([...now].every((range) => before.has(range))).toBe(true);
  });

  it('starts over when the page emptied the registry', () => {
    const list = mentions([['present', 'possible']]);
    const h = createHighlighter(document, 200, api);
    h.render(source(list));
    registry.clear();
    h.render(source(list));
    expect(sizes()).toEqual({ present: 1, possible: 1, absent: 0 });
  });

  it('a mention whose nodes left the page is not drawn', () => {
    const list = mentions([['present'], ['present']]);
    document.querySelector('p')!.remove();
    const h = createHighlighter(document, 200, api);
    h.render(source(list));
    expect(h.drawn).toBe(1);
  });

  it('clear removes every highlight and forgets what was drawn', () => {
    const h = createHighlighter(document, 200, api);
    h.render(source(mentions([['present', 'absent']])));
    h.clear();
    expect(registry.size).toBe(0);
    expect(h.drawn).toBe(0);
  });

  it('without a registry nothing is drawn, and nothing fails', () => {
    const h = createHighlighter(document, 200, { registry: undefined, create: api.create });
    h.render(source(mentions([['present']])));
    expect(h.drawn).toBe(0);
  });
});
