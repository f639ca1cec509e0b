// @vitest-environment happy-dom
/**
 * The scanner over a real DOM (happy-dom) with the real detector: the first read, then the
 * updates after mutations (text edited, blocks added, removed, emptied), what each pass
 * reports, and mention ids that stay while their block is unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seedTopics } from '../../../data/index';
import { createDetector } from '../../../utils/core/detect';
import { createBlockIds } from '../../../utils/dom/block-index';
import { allMentions, type PageFindings } from '../../../utils/dom/located';
import { watchFindings, type MentionChange, type PassReport } from '../../../utils/dom/scanner';

const detector = createDetector(seedTopics);

interface Pass {
  page: PageFindings;
  report: PassReport;
  change?: MentionChange;
}

let run: AbortController | undefined;
afterEach(() => run?.abort());

/** Starts the scanner on the body's `html`; `next()` waits for its next pass. */
function scan(html: string) {
  document.body.innerHTML = html;
  run = new AbortController();
  const passes: Pass[] = [];
  const waiting: ((pass: Pass) => void)[] = [];
  watchFindings({
    root: document.body,
    detector,
    ids: createBlockIds(),
    signal: run.signal,
    debounceMs: 0,
    minIntervalMs: 0,
    onPass: (page, report, change) => {
      const pass = { page, report, change };
      const wake = waiting.shift();
      if (wake) wake(pass);
      else passes.push(pass);
    },
  });
  return {
    next: (): Promise<Pass> => {
      const pass = passes.shift();
      return pass ? Promise.resolve(pass) : new Promise((done) => waiting.push(done));
    },
  };
}

/** "topic status" of each mention of the page, in order. */
const listed = (page: PageFindings) =>
  allMentions(page).map((m) => `${m.finding.topicId} ${m.finding.status}`);

/** Changes the page, then waits for the scanner's update. */
async function update(scanner: ReturnType<typeof scan>, change: () => void): Promise<Pass> {
  change();
  return scanner.next();
}

describe('the first read', () => {
  it.each([
    ['one finding', '<p>Small right pleural effusion.</p>', ['pleural-effusion present']],
    ['a negated finding', '<p>No pneumothorax.</p>', ['pneumothorax absent']],
    [
      'a term split across inline elements',
      '<p>hetero<b>topic</b> ossification.</p>',
      ['heterotopic-ossification present'],
    ],
    ['a finding in a script is not read', '<p>Normal.</p><script>"pneumothorax"</script>', []],
    [
      'a finding in an editable region is not read',
      '<div contenteditable="true">Pneumothorax.</div>',
      [],
    ],
    [
      'two blocks in page order',
      '<p>Cardiomegaly.</p><p>Small left pneumothorax.</p>',
      ['cardiomegaly present', 'pneumothorax present'],
    ],
    [
      'a header above carries its section',
      '<p>FAMILY HISTORY:</p><p>Abdominal aortic aneurysm.</p>',
      ['abdominal-aortic-aneurysm other-person'],
    ],
  ])('%s', async (_name, html, expected) => {
    const { page, report, change } = await scan(html).next();
    expect(report.kind).toBe('first');
    expect(change).toBeUndefined();
    expect(listed(page)).toEqual(expected);
  });

  it('reports its blocks and where its time went', async () => {
    const { report } = await scan('<p>Cardiomegaly.</p><p>Normal.</p>').next();
    expect(report.blocks).toBe(2);
    expect(Object.keys(report.parts!).sort()).toEqual(['detect', 'longestSlice', 'read', 'work']);
  });

  it('gives every mention an id of its block and offset, and blocks ascending orders', async () => {
    const { page } = await scan(
      '<p>Cardiomegaly. Small left pneumothorax.</p><p>Cardiomegaly.</p>',
    ).next();
    const mentions = allMentions(page);
    expect(mentions.map((m) => m.id.split(':')[1])).toEqual(['0', '25', '0']);
    const [a, b] = page.segments;
    expect(a!.order).toBeLessThan(b!.order);
    expect(new Set(mentions.map((m) => m.id)).size).toBe(3);
  });
});

describe('updates after mutations', () => {
  it('an edited text node: only its block is read again', async () => {
    const scanner = scan('<p id="a">Normal.</p><p>Cardiomegaly.</p>');
    await scanner.next();
    const pass = await update(scanner, () => {
      document.getElementById('a')!.firstChild!.textContent = 'Small left pneumothorax.';
    });
    expect(pass.report).toMatchObject({ kind: 'update', blocks: 1, changed: true });
    expect(pass.change!.came.map((m) => m.finding.topicId)).toEqual(['pneumothorax']);
    expect(pass.change!.gone).toEqual([]);
    expect(listed(pass.page)).toEqual(['pneumothorax present', 'cardiomegaly present']);
  });

  it('a new paragraph takes its place in page order, between its neighbours', async () => {
    const scanner = scan('<p id="a">Cardiomegaly.</p><p id="c">No pneumothorax.</p>');
    await scanner.next();
    const pass = await update(scanner, () => {
      const p = document.createElement('p');
      p.textContent = 'Small right pleural effusion.';
      document.getElementById('a')!.after(p);
    });
    expect(listed(pass.page)).toEqual([
      'cardiomegaly present',
      'pleural-effusion present',
      'pneumothorax absent',
    ]);
    const orders = pass.page.segments.map((s) => s.order);
    expect([...orders].sort((x, y) => x - y)).toEqual(orders);
  });

  it('a removed paragraph takes its mentions with it', async () => {
    const scanner = scan('<div><p id="a">Cardiomegaly.</p></div><p>No pneumothorax.</p>');
    await scanner.next();
    const pass = await update(scanner, () => document.getElementById('a')!.parentElement!.remove());
    expect(pass.change!.gone.map((m) => m.finding.topicId)).toEqual(['cardiomegaly']);
    expect(listed(pass.page)).toEqual(['pneumothorax absent']);
  });

  it('a block emptied of text loses its mentions', async () => {
    const scanner = scan('<p id="a">Cardiomegaly.</p>');
    await scanner.next();
    const pass = await update(scanner, () => (document.getElementById('a')!.textContent = ''));
    expect(pass.change!.gone).toHaveLength(1);
    expect(listed(pass.page)).toEqual([]);
  });

  it('text without findings changing reports no change (nothing to redraw)', async () => {
    const scanner = scan('<p id="clock">12:00</p><p>Cardiomegaly.</p>');
    await scanner.next();
    const pass = await update(
      scanner,
      () => (document.getElementById('clock')!.textContent = '12:01'),
    );
    expect(pass.report.changed).toBe(false);
  });

  it('a changed paragraph keeps the section of the header above it', async () => {
    const scanner = scan('<p>FAMILY HISTORY:</p><p id="a">Normal.</p>');
    await scanner.next();
    const pass = await update(scanner, () => {
      document.getElementById('a')!.textContent = 'Abdominal aortic aneurysm.';
    });
    expect(listed(pass.page)).toEqual(['abdominal-aortic-aneurysm other-person']);
  });

  const filler = Array.from({ length: 60 }, () => '<p>Stable appearance of the chest wall.</p>');
  it.each([
    {
      name: 'a header typed above an unchanged paragraph puts that paragraph in its section',
      html: '<p id="e">Normal.</p><p>Abdominal aortic aneurysm.</p>',
      edit: 'FAMILY HISTORY:',
      before: 'present',
      blocks: 2,
    },
    {
      name: 'a section carries over any number of blocks, on the first read and after an edit',
      html: `<p>FAMILY HISTORY:</p>${filler.join('')}<p id="e">Abdominal aortic aneurysm.</p>`,
      edit: 'Abdominal aortic aneurysm, 4 cm.',
      before: 'other-person',
      blocks: 1,
    },
  ])('$name', async ({ html, edit, before, blocks }) => {
    const scanner = scan(html);
    const first = await scanner.next();
    expect(listed(first.page)).toEqual([`abdominal-aortic-aneurysm ${before}`]);
    const pass = await update(scanner, () => {
      document.getElementById('e')!.textContent = edit;
    });
    expect(pass.report.blocks).toBe(blocks);
    expect(listed(pass.page)).toEqual(['abdominal-aortic-aneurysm other-person']);
  });

  it('ids before an edit stay; ids after it move with their offsets', async () => {
    const scanner = scan(
      '<p id="a">Cardiomegaly. Possible pneumonia. Small left pneumothorax.</p>',
    );
    const first = await scanner.next();
    const before = allMentions(first.page).map((m) => m.id);
    const pass = await update(scanner, () => {
      const p = document.getElementById('a')!;
      p.textContent = p.textContent.replace('Possible pneumonia', 'No pneumonia');
    });
    const after = allMentions(pass.page).map((m) => m.id);
    // "Cardiomegaly" is before the edit; "pneumonia" and "pneumothorax" are after it.
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    expect(after.every((id) => id.split(':')[0] === before[0]!.split(':')[0])).toBe(true);
  });

  it('stops observing when its signal aborts', async () => {
    const scanner = scan('<p id="a">Normal.</p>');
    await scanner.next();
    run!.abort();
    document.getElementById('a')!.textContent = 'Cardiomegaly.';
    const raced = await Promise.race([
      scanner.next().then(() => 'pass'),
      new Promise((done) => setTimeout(() => done('none'), 100)),
    ]);
    expect(raced).toBe('none');
  });
});
