import { expect, test } from './fixtures';

test('clicking a finding shows its topic completely', async ({ openTopic }) => {
  const { panel } = await openTopic('report.html', 'heterotopic-ossification');
  const topic = panel.locator('article.topic');
  await expect(topic.locator('h1')).toHaveText('Heterotopic ossification');
  await expect(topic.locator('.bottom-line')).toBeVisible();
  const recs = topic.locator('.rec');
  expect(await recs.count()).toBeGreaterThanOrEqual(4);
  // Every recommendation shows its action, strength and evidence.
  for (const rec of await recs.all()) {
    await expect(rec.locator('.action')).toHaveText(/Do|Consider|Avoid/);
    await expect(rec.locator('.badge', { hasText: 'Strength:' })).toBeVisible();
    await expect(rec.locator('.badge', { hasText: 'Evidence:' })).toBeVisible();
  }
  await expect(topic.locator('.pitfalls li').first()).toBeVisible();
  await expect(topic.locator('.references li', { hasText: 'Brooker' })).toBeVisible();
  await expect(topic.locator('.notice')).toContainText('clinical judgement');

  await panel.getByRole('button', { name: 'Back' }).click();
  await expect(panel.locator('.finding').first()).toBeVisible();
});

test('the hip osteoarthritis topic carries the seed recommendations', async ({ openTopic }) => {
  const { panel } = await openTopic('report.html', 'hip-osteoarthritis');
  const topic = panel.locator('article.topic');
  const nsaid = topic.locator('.rec', { hasText: /NSAID/ }).first();
  await expect(nsaid.locator('.action')).toContainText('Do');
  await expect(nsaid).toContainText('Strength: Strong');
  await expect(nsaid).toContainText('Evidence: High');
  await expect(topic.locator('.rec.action-avoid', { hasText: /hyaluronic/i })).toBeVisible();
  await expect(topic.locator('.rec.action-avoid', { hasText: /opioid/i })).toBeVisible();
  await expect(topic.locator('.references')).toContainText('American College of Rheumatology');
});

test('a topic with decision branches shows each branch with its grades', async ({ openTopic }) => {
  const { panel } = await openTopic('chest.html', 'pulmonary-nodule');
  const branches = panel.locator('article.topic section.branches');
  await expect(branches.first()).toContainText('Fleischner');
  const first = branches.first().locator('li').first();
  await expect(first.locator('.condition')).toBeVisible();
  await expect(first).toContainText('Strength:');
  await expect(first).toContainText('Evidence:');
});

test('a chest report: statuses, sides and sizes as the sentences give them', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('chest.html');
  const row = (topic: string, status: string) =>
    panel.locator(`.finding[data-topic-id="${topic}"][data-status="${status}"]`);
  await expect(row('pulmonary-nodule', 'present')).toContainText('6 mm');
  await expect(row('pleural-effusion', 'present')).toContainText('left');
  await expect(row('pneumothorax', 'absent')).toHaveCount(1); // In the collapsed group.
  await expect(row('pneumonia', 'hypothetical')).toBeVisible();
  await expect(row('cardiomegaly', 'present')).toContainText('mild');
});
