/**
 * Privacy, proven in the browser: the extension makes no network request in a whole session
 * (install, seed, detect, topics, lookup, search, notes, export, options), its pages refuse
 * remote connections and code by their CSP, and a canary planted in a report next to its
 * findings appears nowhere afterwards: not in the extension's IndexedDB, not in extension
 * storage, not in the page's own storage, not in any console.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test as base, expect, type Page, type Request } from '@playwright/test';
import {
  launchWithExtension,
  openPanelFor,
  tabIdOf,
  type ExtensionBrowser,
} from '../support/extension';
import { dumpIndexedDb } from '../support/idb-dump';
import { startTrap } from '../support/trap';
import { serveFolder, type StaticServer } from '../support/serve';
import { lookUpFromMenu } from './page-actions';

const test = base.extend<{ samples: StaticServer }>({
  samples: async ({}, use) => {
    const server = await serveFolder(resolve(import.meta.dirname, '../../data/samples'));
    await use(server);
    await server.close();
  },
});

/** The page origin's own storage (a content script shares it): local, session, IndexedDB. */
async function dumpPageStorage(page: Page): Promise<string> {
  return page.evaluate(async () =>
    JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      databases: await indexedDB.databases(),
    }),
  );
}

test('a whole session makes no network request and leaves no trace of the page text', async ({
  samples,
}, testInfo) => {
  test.setTimeout(90_000);
  const trap = await startTrap();
  const ext: ExtensionBrowser = await launchWithExtension({
    args: [`--proxy-server=http://127.0.0.1:${trap.port}`],
  });
  try {
    // Every request the browser reports, from pages, frames and service workers.
    const requests: Request[] = [];
    ext.context.on('request', (request) => requests.push(request));
    // Every console message of every context (pages, frames, the background).
    const consoleText: string[] = [];
    ext.context.on('console', (message) => consoleText.push(message.text()));
    ext.context.on('weberror', (error) => consoleText.push(String(error.error())));
    await ext.worker.evaluate(() => {
      const logged = ((globalThis as { radlensLogged?: string[] }).radlensLogged = [] as string[]);
      for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        const original = console[level].bind(console);
        console[level] = (...args: unknown[]) => {
          logged.push(args.map(String).join(' '));
          original(...args);
        };
      }
    });

    // A report with a canary next to its findings, served from the test's own origin.
    const canary = `CANARY${randomBytes(8).toString('hex').toUpperCase()}`;
    const reportUrl = `${samples.origin}/private-report.html`;
    const page = await ext.context.newPage();
    await page.route(reportUrl, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><meta charset="utf-8"><title>Report</title></head><body>
          <h1>CT chest for ${canary}</h1>
          <p>FINDINGS: Small left pleural effusion in ${canary}. No pneumothorax.
          Solid nodule in the right upper lobe measuring 6 mm (${canary}).</p>
          <p>IMPRESSION: Mild cardiomegaly, patient ${canary}.</p></body></html>`,
      }),
    );
    await page.goto(reportUrl);
    const tabId = await tabIdOf(ext, page);
    const panel = await openPanelFor(ext, tabId);

    // Detect, open a topic, come back.
    const effusion = panel.locator('.finding[data-topic-id="pleural-effusion"]');
    await expect(effusion).toBeVisible();
    await expect(effusion).toContainText(canary); // the sentence is shown, in memory
    await effusion.click();
    await expect(panel.locator('article.topic h1')).toHaveText('Pleural effusion');
    // A note of the user's own, saved.
    const noteBox = panel.locator('textarea.note-body');
    await noteBox.fill('Our pathway: tap if over 1 cm on decubitus.');
    await noteBox.blur();
    await expect(panel.locator('.note-status')).toHaveText(/Saved/);
    // Lookup of a selection holding the canary (the browser's context-menu event).
    await lookUpFromMenu(ext, tabId, `mild cardiomegaly, patient ${canary}`);
    await expect(panel.locator('article.topic h1')).toHaveText(/^Cardiomegaly/);
    // The notes view and both exports.
    await panel.getByRole('button', { name: 'Notes' }).click();
    const [json] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const [markdown] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const exports = [];
    for (const [download, name] of [
      [json, 'notes.json'],
      [markdown, 'notes.md'],
    ] as const) {
      const path = testInfo.outputPath(name);
      await download.saveAs(path);
      exports.push(await readFile(path, 'utf8'));
    }
    expect(exports[0]).toContain('Our pathway');
    // Options: change a setting.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const button = options.getByRole('checkbox', { name: /Look up in RadLens/ });
    await button.click();
    await expect(button).not.toBeChecked();
    // Let any late work (badge, storage writes) finish.
    await page.waitForTimeout(1500);

    // No request of RadLens's left this machine: the proxy saw nothing but Chromium's own
    // sign-in and updater checks (it makes them with or without RadLens, from the browser
    // process; they name no page or extension).
    const browserOwn =
      /^(CONNECT (accounts\.google\.com|update\.googleapis\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?)/;
    expect(trap.hits.filter((hit) => !browserOwn.test(hit))).toEqual([]);
    // …and the only requests at all were the report page itself and the extension's files.
    const network = requests
      .map((r) => r.url())
      .filter((url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`))
      .filter((url) => url !== reportUrl && url !== `${samples.origin}/favicon.ico`);
    expect(network).toEqual([]);

    // The canary is nowhere: extension IndexedDB, extension storage, the page's storage,
    // the exports, any console.
    const stored = await ext.worker.evaluate(async () =>
      JSON.stringify({
        local: await chrome.storage.local.get(null),
        session: await chrome.storage.session.get(null),
        sync: await chrome.storage.sync.get(null),
      }),
    );
    const logged = await ext.worker.evaluate(() =>
      JSON.stringify((globalThis as { radlensLogged?: string[] }).radlensLogged),
    );
    const places = {
      indexedDb: await dumpIndexedDb(panel),
      extensionStorage: stored,
      pageStorage: await dumpPageStorage(page),
      exports: exports.join('\n'),
      console: consoleText.join('\n'),
      backgroundConsole: logged,
    };
    // The dumps are real: the note and the seeded topics are in them.
    expect(places.indexedDb).toContain('Our pathway');
    expect(places.indexedDb).toContain('pleural-effusion');
    for (const [place, text] of Object.entries(places)) {
      expect(text.includes(canary), `${place} holds the page text`).toBe(false);
    }
  } finally {
    await ext.close();
    await trap.close();
  }
});

test('extension pages refuse remote connections, scripts and images (CSP)', async ({ samples }) => {
  const ext = await launchWithExtension();
  try {
    for (const path of ['sidepanel.html', 'options.html']) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
      const violations = await page.evaluate(async (origin) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(event.effectiveDirective),
        );
        await fetch(`${origin}/chest.html`).catch(() => undefined);
        const script = document.createElement('script');
        script.src = `${origin}/remote.js`;
        document.head.append(script);
        const image = document.createElement('img');
        image.src = `${origin}/pixel.png`;
        document.body.append(image);
        await new Promise((done) => setTimeout(done, 500));
        script.remove();
        image.remove();
        return seen.sort();
      }, samples.origin);
      expect(violations, path).toEqual(['connect-src', 'img-src', 'script-src-elem']);
    }
  } finally {
    await ext.close();
  }
});
