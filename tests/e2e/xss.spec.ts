/**
 * Untrusted content is shown as text: script-injection payloads in the style of the OWASP
 * XSS filter-evasion cheat sheet, placed in a report's text, in the fields of an imported
 * pack's topic and in a note, run nothing and appear in RadLens's pages literally.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { exportPack } from '../../utils/core/pack';
import type { Topic } from '../../utils/core/schema';
import { expect, test } from './fixtures';

/** The corpus: each would run script or inject markup if rendered as HTML. */
const PAYLOADS = [
  '<script>window.radlensPwned=1</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<object data="javascript:alert(1)"></object>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<style>*{background:url("javascript:alert(1)")}</style>',
] as const;

/** What rendering any payload as HTML would have added to a page. */
const INJECTED =
  'img[src="x"], iframe, object, embed, math, details[ontoggle], [onerror], [onload], ' +
  'a[href^="javascript"], script:not([src]), style:not([data-vite-dev-id])';

/** Fails the test on any dialog a payload could open. */
function noDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`a payload opened a dialog: ${dialog.message()}`);
  });
}

async function expectInert(page: Page, texts: readonly string[]): Promise<void> {
  expect(await page.locator(INJECTED).count()).toBe(0);
  expect(await page.evaluate(() => 'radlensPwned' in window)).toBe(false);
  const shown = await page.locator('body').textContent();
  for (const text of texts) expect(shown, `"${text}" shown as text`).toContain(text);
}

test('payloads in a report are shown as text in the panel', async ({ ext, samples }) => {
  const page = await ext.context.newPage();
  const url = `${samples.origin}/hostile-report.html`;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Each payload sits in a finding's sentence, which the panel shows.
  const sentences = PAYLOADS.map((p, i) =>
    i % 2 ? `${p} Small left pleural effusion ${p}.` : `${p} Moderate cardiomegaly ${p}.`,
  );
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><title>r</title><body>${sentences
        .map((s) => `<p>${escape(s)}</p>`)
        .join('')}</body>`,
    }),
  );
  await page.goto(url);
  const { tabIdOf, openPanelFor } = await import('../support/extension');
  const panel = await openPanelFor(ext, await tabIdOf(ext, page));
  noDialogs(panel);
  await expect(panel.locator('.finding[data-topic-id="pleural-effusion"]')).toBeVisible();
  await expect(panel.locator('.finding[data-topic-id="cardiomegaly"]')).toBeVisible();
  // The panel shows each topic's first sentence: the first two payloads.
  await expectInert(panel, [PAYLOADS[0], PAYLOADS[1]]);
});

test('payloads in an imported pack and in a note are shown as text', async ({
  ext,
  openWithPanel,
}) => {
  const base = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../data/topics/pleural-effusion.json'), 'utf8'),
  ) as Topic;
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
  const topic: Topic = {
    ...base,
    id: 'chest-drain-care',
    title: `Chest drain care ${p(0)}`.slice(0, 120),
    question: `When to remove a drain? ${p(1)}`,
    bottomLine: `Check daily. ${p(2)} ${p(3)}`,
    terms: [{ text: 'chest drain', kind: 'preferred' }],
    sections: base.sections.map((section, s) => ({
      ...section,
      title: `${section.title} ${p(s + 4)}`.slice(0, 80),
      items: section.items.map((item, i) => ({ ...item, text: `${item.text} ${p(s + i + 5)}` })),
    })),
    pitfalls: base.pitfalls.map((pitfall, i) => ({
      ...pitfall,
      text: `${pitfall.text} ${p(i + 6)}`,
    })),
    references: base.references.map((ref, i) => ({ ...ref, title: `${ref.title} ${p(i + 7)}` })),
    relatedQuestions: [`Why? ${p(8)}`],
    claims: [],
    criteria: [],
    related: [],
    examples: [],
  };
  const options = await ext.context.newPage();
  noDialogs(options);
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByTestId('pack-file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportPack(`Pathways ${p(9)}`, `Publisher ${p(10)}`, [topic])),
  });
  await expect(options.getByTestId('pack-notice')).toContainText('Imported');
  await expectInert(options, [p(9)]);

  const { panel } = await openWithPanel('chest-drain.html');
  noDialogs(panel);
  await panel.locator('.finding[data-topic-id="chest-drain-care"]').click();
  await expect(panel.locator('article.topic h1')).toContainText('Chest drain care');
  await expectInert(panel, [topic.title, topic.bottomLine, topic.pitfalls[0]!.text]);

  // A note holding every payload: in the editor, the notes list and its search.
  const note = PAYLOADS.join('\n');
  const box = panel.locator('textarea.note-body');
  await box.fill(note);
  await box.blur();
  await expect(panel.locator('.note-status')).toHaveText(/Saved/);
  await panel.getByRole('button', { name: 'Notes' }).click();
  await panel.locator('.notes-filter').fill('onerror');
  await expect(panel.locator('.note-item')).toHaveCount(1);
  await expectInert(panel, [PAYLOADS[0]]);
  await panel.locator('.note-item').click();
  await expect(box).toHaveValue(note);
  await expectInert(panel, [topic.title]);
});
