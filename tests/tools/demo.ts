/**
 * `npm run demo`: serves the sample report on 127.0.0.1, starts Chromium with the built
 * extension on it and opens the side panel. With `--headless` (or without a display) it
 * prints the findings the panel shows, saves screenshots of the panel and exits.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { findChromium } from '../support/browser';
import { CHROME_BUILD, launchWithExtension, openPanelFor, tabIdOf } from '../support/extension';
import { serveFolder } from '../support/serve';

const root = resolve(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));
const headless =
  args.has('--headless') ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = resolve(root, '.demo');

function fail(message: string): never {
  console.error(`RadLens demo: ${message}`);
  process.exit(1);
}

/** A row of the findings list as the panel shows it. */
interface ShownFinding {
  status: string;
  topicId: string;
  text: string;
  chips: string;
}

/** Reads the findings list the panel shows. */
async function shownFindings(panel: Page): Promise<ShownFinding[]> {
  await panel.locator('.finding').first().waitFor({ timeout: 15_000 });
  return panel.locator('.finding').evaluateAll((buttons) =>
    buttons.map((b) => ({
      status: b.getAttribute('data-status') ?? '',
      topicId: b.getAttribute('data-topic-id') ?? '',
      text: b.querySelector('.finding-text')?.textContent ?? '',
      chips: [...b.querySelectorAll('.chip')].map((c) => c.textContent).join(', '),
    })),
  );
}

async function main(): Promise<void> {
  try {
    findChromium();
  } catch (error) {
    fail((error as Error).message);
  }
  if (!existsSync(resolve(CHROME_BUILD, 'manifest.json'))) {
    fail(
      'no build found in .output/chrome-mv3; run `npm run demo` (it builds first) or `npm run build`.',
    );
  }
  const server = await serveFolder(resolve(root, 'data/samples'));
  const reportUrl = `${server.origin}/report.html`;
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(reportUrl);
  const tabId = await tabIdOf(browser, page);
  console.log(`RadLens demo: sample report at ${reportUrl}`);

  if (!headless) {
    // chrome.sidePanel.open() needs a user gesture; an evaluate from an extension page counts.
    const opener = await openPanelFor(browser, tabId);
    const opened = await opener.evaluate(async (id) => {
      try {
        await chrome.sidePanel.open({ tabId: id });
        return true;
      } catch {
        return false;
      }
    }, tabId);
    if (opened) await opener.close();
    else await opener.setViewportSize({ width: 420, height: 900 });
    await page.bringToFront();
    console.log(
      opened
        ? 'Chromium is open on the sample report with the RadLens side panel.'
        : 'Chromium is open on the sample report; the RadLens panel is in the next tab.',
    );
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  const panel = await openPanelFor(browser, tabId);
  await panel.setViewportSize({ width: 420, height: 900 });
  const rows = await shownFindings(panel);
  mkdirSync(outDir, { recursive: true });
  const listShot = resolve(outDir, 'panel-findings.png');
  await panel.screenshot({ path: listShot, fullPage: true });

  console.log('Findings the side panel shows:');
  for (const { status, topicId, text, chips } of rows) {
    console.log(`  ${status.padEnd(12)} ${topicId.padEnd(28)} ${text.padEnd(30)} ${chips}`);
  }

  await panel.locator('.finding[data-topic-id="heterotopic-ossification"]').first().click();
  await panel.locator('article.topic .references').waitFor();
  const topicShot = resolve(outDir, 'panel-topic.png');
  await panel.screenshot({ path: topicShot, fullPage: true });
  const recs = await panel.locator('article.topic .rec').count();
  const refs = await panel.locator('article.topic .references li').count();
  console.log(
    `Topic "${await panel.locator('#topic-title').textContent()}": ${recs} recommendations, ${refs} references`,
  );
  console.log(`Screenshot of the findings list: ${listShot}`);
  console.log(`Screenshot of the panel with the topic: ${topicShot}`);

  await browser.close();
  await server.close();
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
);
