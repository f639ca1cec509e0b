/** The side panel's findings and topic views: grouping, sentence, show in page, live updates, history. */
import { openPanelFor } from '../support/extension';
import { expect, test } from './fixtures';
import { finding, topicTitle } from './panel-view';

test('findings are grouped present first, absent last and collapsed, each in its sentence', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('chest.html');
  // Wait for the list (allTextContents does not wait).
  await expect(panel.locator('details.status-absent')).toHaveCount(1);
  await expect(panel.locator('.status-group')).toHaveCount(3);
  const headings = await panel.locator('.status-group h2').allTextContents();
  const order = headings.map((h) => h.replace(/\s*\d+$/, '').trim());
  expect(order[0]).toBe('Present');
  expect(order.at(-1)).toMatch(/^Absent/);
  // Absent findings are collapsed until opened.
  const absent = panel.locator('details.status-absent');
  await expect(absent).not.toHaveAttribute('open');
  await expect(finding(absent, 'pneumothorax')).toBeHidden();
  await absent.locator('summary').click();
  await expect(finding(absent, 'pneumothorax')).toBeVisible();

  const nodule = finding(panel, 'pulmonary-nodule', 'present');
  // The mention is shown inside its sentence, the matched words marked.
  await expect(nodule.locator('.finding-text')).toContainText('right upper lobe');
  await expect(nodule.locator('.finding-text mark')).toHaveText(/nodule/i);
  await expect(nodule.locator('.chip-count')).toHaveText(/×\d/);
  // The topic's urgency is shown as a coloured dot with a text title.
  await expect(panel.locator('.finding-row.indicator-warning').first()).toBeVisible();
});

test('"show in page" scrolls the page to the mention and flashes it', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('chest.html');
  await page.setViewportSize({ width: 800, height: 200 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const row = panel.locator('.finding-row').filter({ has: finding(panel, 'cardiomegaly') });
  await row.locator('button.show-in-page').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('radlens-flash'))).toBe(true);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
  // The flash goes away by itself.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.has('radlens-flash')), { timeout: 5000 })
    .toBe(false);
});

test('the list updates live when the page changes', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('chest.html');
  await expect(finding(panel, 'pulmonary-nodule').first()).toBeVisible();
  await expect(finding(panel, 'pneumoperitoneum')).toHaveCount(0);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'ADDENDUM: Large right-sided tension pneumothorax with mediastinal shift.';
    document.body.append(p);
  });
  await expect(finding(panel, 'pneumothorax', 'present')).toBeVisible();
});

test('a nodule measured on the page points at the Fleischner branch that fits it', async ({
  openTopic,
}) => {
  const { panel } = await openTopic('chest.html', 'pulmonary-nodule', 'present');
  const single = panel.locator('section.branches', { hasText: 'single solid nodule' });
  const matched = single.locator('li.branch-match');
  await expect(matched.first()).toContainText('6-8 mm');
  await expect(matched.first()).toContainText('Fits 6 mm on this page');
  await expect(matched.first()).toHaveAttribute('aria-current', 'true');
  // The <6 mm and >8 mm branches are not pointed at.
  await expect(single.locator('li.branch-match', { hasText: '<6 mm' })).toHaveCount(0);
  await expect(single.locator('li.branch-match', { hasText: '>8 mm' })).toHaveCount(0);
  // A grade names the guideline that gave it.
  const ggn = panel.locator('section.branches li', {
    hasText: 'Single pure ground-glass nodule <6 mm',
  });
  await expect(ggn.locator('.graded-by')).toHaveText('Graded by Fleischner 2017: 1B');
});

test('references link to PubMed / DOI in a new tab; the legend explains the badges', async ({
  openTopic,
}) => {
  const { panel } = await openTopic('chest.html', 'pulmonary-nodule', 'present');
  await expect(topicTitle(panel)).toHaveText('Pulmonary nodule');
  const links = panel.locator('.references a');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute(
      'href',
      /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//,
    );
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  const legend = panel.locator('details.legend');
  await legend.locator('summary').click();
  await expect(legend).toContainText('Strength of recommendation');
  await expect(legend).toContainText('Quality of evidence');
});

test('copy summary puts the topic, graded recommendations and references, and no page text, on the clipboard', async ({
  openTopic,
}) => {
  const { panel } = await openTopic('chest.html', 'pulmonary-nodule', 'present');
  await panel.getByRole('button', { name: 'Copy summary' }).click();
  await expect(panel.locator('.copy-status')).toHaveText(/Copied/);
  // Paste it back, as a clinician pastes into a note: the real clipboard, through the keyboard.
  await panel.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'paste-target';
    document.body.append(area);
    area.focus();
  });
  await panel.keyboard.press('ControlOrMeta+V');
  const text = await panel.locator('#paste-target').inputValue();
  expect(text).toContain('Pulmonary nodule');
  expect(text).toMatch(/strength: (strong|moderate|weak|consensus)/i);
  expect(text).toContain('Fleischner');
  expect(text).toContain('Bottom line:');
  // Nothing from the report itself.
  expect(text).not.toContain('right upper lobe measuring 6 mm');
  expect(text).not.toContain('Cough and fever');
});

test('back and forward move between topics, and the place survives closing the panel', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('chest.html');
  const title = topicTitle(panel);
  await finding(panel, 'pulmonary-nodule', 'present').click();
  await expect(title).toHaveText('Pulmonary nodule');
  // The new topic's title takes the focus.
  await expect(title).toBeFocused();
  await panel.locator('.related button', { hasText: 'Emphysema' }).click();
  await expect(title).toHaveText('Emphysema');
  await panel.getByRole('button', { name: 'Back' }).click();
  await expect(title).toHaveText('Pulmonary nodule');
  await panel.getByRole('button', { name: 'Back' }).click();
  await expect(panel.locator('.finding').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Forward' }).click();
  await expect(title).toHaveText('Pulmonary nodule');

  await panel.close();
  const reopened = await openPanelFor(ext, tabId);
  await expect(topicTitle(reopened)).toHaveText('Pulmonary nodule');
  await reopened.getByRole('button', { name: 'Back' }).click();
  await expect(reopened.locator('.finding').first()).toBeVisible();
});

test('keyboard only: Tab reaches a finding, Enter opens it', async ({ openWithFindings }) => {
  const { panel } = await openWithFindings('report.html');
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await panel.keyboard.press('Tab');
    reached = await panel.evaluate(
      () => document.activeElement?.classList.contains('finding') ?? false,
    );
  }
  expect(reached).toBe(true);
  await panel.keyboard.press('Enter');
  await expect(topicTitle(panel)).toBeFocused();
});
