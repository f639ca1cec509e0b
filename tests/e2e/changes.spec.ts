/**
 * A page edit reaches the panel as a change: the message carries only the edited paragraph's
 * mentions (added or changed, ids removed), and "show in page" names a mention by id, so it
 * still finds the right one after mentions before it went away.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Ten sentences of one finding each; paragraph k holds sentences k..k+4 (mod 10). */
const SENTENCES = [
  'Small right pleural effusion.',
  'Small left pneumothorax.',
  'Heterotopic ossification about the right hip.',
  'Mild bilateral hip joint space loss.',
  'A 6 mm pulmonary nodule in the right upper lobe.',
  'Simple renal cyst in the left kidney.',
  'No pleural effusion.',
  'Possible pneumonia in the left lower lobe.',
  'Cardiomegaly.',
  'Compression fracture of L1.',
];
const paragraph = (k: number) =>
  [0, 1, 2, 3, 4].map((j) => SENTENCES[(k + j) % SENTENCES.length]).join(' ');

interface Diff {
  from: number;
  revision: number;
  added: { id: string; text: string }[];
  removed: string[];
}
interface Listed {
  findings: { id: string; topicId: string; status: string; order: number; start: number }[];
}

/** The top frame's whole list, as the panel asks for it. */
const listOf = (panel: Page, tabId: number) =>
  panel.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'findings:get' }, { frameId: 0 }),
    tabId,
  ) as Promise<Listed>;

/** The block id of a mention id ("12:40" -> "12"). */
const blockOf = (id: string) => id.split(':')[0]!;

test('an edited paragraph sends only its mentions; "show in page" finds a mention by id', async ({
  openWithPanel,
}) => {
  const { page, panel, tabId } = await openWithPanel('empty.html');
  await page.evaluate(
    (texts) => {
      document.body.replaceChildren(
        ...texts.map((text, k) => {
          const p = document.createElement('p');
          p.dataset.k = String(k);
          p.textContent = text;
          return p;
        }),
      );
    },
    Array.from({ length: 10 }, (_, k) => paragraph(k)),
  );
  await expect.poll(async () => (await listOf(panel, tabId)).findings.length).toBe(50);
  await expect(panel.locator('.finding[data-topic-id="cardiomegaly"]')).toBeVisible();
  const before = (await listOf(panel, tabId)).findings;
  // The blocks in page order: paragraph k is the k-th block.
  const blocks = [...new Set(before.map((f) => blockOf(f.id)))];
  expect(blocks).toHaveLength(10);

  // The panel's own listener keeps what the frame sends it from now on.
  await panel.evaluate(() => {
    const w = window as unknown as { heard: unknown[] };
    w.heard = [];
    chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: string }).type === 'findings:diff') w.heard.push(message);
    });
  });
  const heard = () => panel.evaluate(() => (window as unknown as { heard: Diff[] }).heard);

  // Paragraph 6: its second sentence changes from a possible pneumonia to an absent one.
  await page.evaluate(() => {
    const p = document.querySelector('p[data-k="6"]')!;
    p.textContent = p.textContent.replace('Possible pneumonia', 'No pneumonia');
  });
  await expect.poll(async () => (await heard()).length).toBe(1);
  const [diff] = await heard();
  const edited = blocks[6]!;
  expect(diff!.added.length + diff!.removed.length).toBeGreaterThan(0);
  expect(diff!.added.length).toBeLessThanOrEqual(5);
  expect(diff!.added.every((f) => blockOf(f.id) === edited)).toBe(true);
  expect(diff!.removed.every((id) => blockOf(id) === edited)).toBe(true);
  // Its first sentence is unchanged (same id, same finding): not sent again.
  const firstOfEdited = before.find((f) => blockOf(f.id) === edited)!;
  expect(diff!.added.map((f) => f.id)).not.toContain(firstOfEdited.id);
  expect(diff!.removed).not.toContain(firstOfEdited.id);
  await expect(
    panel.locator('.finding[data-topic-id="pneumonia"][data-status="absent"]'),
  ).toHaveCount(1); // (absent findings are listed collapsed)

  // Paragraphs 0 to 7 go: cardiomegaly's first mention is now paragraph 8's.
  await page.evaluate(() => {
    for (const k of [0, 1, 2, 3, 4, 5, 6, 7]) document.querySelector(`p[data-k="${k}"]`)!.remove();
  });
  await expect.poll(async () => (await heard()).length).toBe(2);
  const removal = (await heard())[1]!;
  const goneBlocks = new Set(blocks.slice(0, 8));
  expect(removal.removed.every((id) => goneBlocks.has(blockOf(id)))).toBe(true);
  expect(removal.removed.length).toBe(40);
  await expect(panel.locator('.finding[data-topic-id="cardiomegaly"] .chip-count')).toHaveCount(0);

  const row = panel
    .locator('.finding-row')
    .filter({ has: panel.locator('.finding[data-topic-id="cardiomegaly"]') });
  await row.locator('button.show-in-page').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const flash = CSS.highlights.get('radlens-flash');
        const range = flash && ([...flash][0] as Range | undefined);
        if (!range) return null;
        const k = range.startContainer.parentElement?.closest('p')?.dataset.k;
        return `${k} ${range.toString()}`;
      }),
    )
    .toBe('8 Cardiomegaly');
});
