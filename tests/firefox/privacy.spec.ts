/** Firefox: a whole session sends nothing off the machine and leaves no trace of the page text. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../support/firefox';
import { dumpIndexedDb } from '../support/idb-dump';
import { startTrap } from '../support/trap';
import { click, expect, test, text } from './fixtures';

/**
 * The one outside host Firefox itself contacts here, with or without RadLens (seen on a launch
 * without the add-on): Remote Settings fills a fresh profile's collections (blocklists,
 * certificate revocations, search configuration) over https, at start-up and in retries
 * during the session. puppeteer points the server pref elsewhere, but release builds ignore
 * it. The channel observer checks each of these was opened by Firefox, not by RadLens.
 */
const FIREFOX_OWN_HOSTS = new Set(['firefox.settings.services.mozilla.com']);

/** An extension page's window as seen from another, with its own globals. */
type View = Window & typeof globalThis;

/** A channel Firefox opened, with the principals it was opened for (triggering, loading). */
interface Channel {
  url: string;
  by: string[];
}

/** Starts recording every http(s) channel of the whole browser, from the browser window. */
const OBSERVE_CHANNELS = `(() => {
  window.radlensChannels = [];
  Services.obs.addObserver((subject) => {
    const { URI, loadInfo } = subject.QueryInterface(Ci.nsIChannel);
    window.radlensChannels.push({
      url: URI.spec,
      by: [loadInfo.triggeringPrincipal, loadInfo.loadingPrincipal].flatMap((p) => p ? [p.origin] : []),
    });
  }, 'http-on-modify-request');
})()`;

/** The page origin's Web Storage (a content script shares it), as text. */
const dumpWebStorage = (page: Page): Promise<string> =>
  page.evaluate(() =>
    JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
  );

/**
 * The contents of the `n` files Firefox saves into `dir`, once saved: while it downloads, it
 * writes into `<name>.part` next to an empty placeholder under the final name, and a file
 * listed a moment ago can be gone when it is opened (then it is looked at again).
 */
async function downloaded(dir: string, n: number): Promise<string[]> {
  let saved: string[] = [];
  const read = async () => {
    const names = (await readdir(dir)).sort();
    if (names.length !== n || names.some((name) => name.endsWith('.part'))) return [];
    try {
      const files = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
      return files.every((file) => file.length > 0) ? files : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  await expect
    .poll(async () => {
      saved = await read();
      return saved.length;
    })
    .toBe(n);
  return saved;
}

test('a whole session sends nothing off the machine and leaves no trace of the page text', async ({
  samples,
}) => {
  const trap = await startTrap();
  const downloads = await mkdtemp(join(tmpdir(), 'radlens-downloads-'));
  const ff = await launchFirefoxWithExtension({
    prefs: {
      // A manual proxy for http and https; nothing bypasses it but loopback, where the sample
      // pages are (Firefox never proxies loopback unless allowed to hijack it).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Console messages of every process on Firefox's stdout, where the test reads them.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      // Exports are saved without a dialog, where the test reads them.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    // The proxy sees hosts; this sees who opened each request (a content script's carries
    // RadLens's origin in its expanded principal).
    await ff.inBrowserWindow(OBSERVE_CHANNELS);
    // Every console message of every process (the background, the sidebar, extension pages,
    // content scripts, web pages) and every uncaught error, as Firefox prints them.
    let consoleText = '';
    const firefoxProcess = ff.firefox.process();
    if (!firefoxProcess?.stdout || !firefoxProcess.stderr) throw new Error('no Firefox output');
    firefoxProcess.stdout.on('data', (chunk: Buffer) => (consoleText += chunk.toString()));
    firefoxProcess.stderr.on('data', (chunk: Buffer) => (consoleText += chunk.toString()));

    // The sample report with a canary next to its findings, there before RadLens reads it.
    const canary = `CANARY${randomBytes(8).toString('hex').toUpperCase()}`;
    const page = await ff.firefox.newPage();
    await page.evaluateOnNewDocument((word) => {
      document.addEventListener('DOMContentLoaded', () => {
        const report = document.querySelector('pre')!;
        report.textContent = report.textContent
          .replace(
            'Small left pleural effusion with',
            `Small left pleural effusion in ${word} with`,
          )
          .replace('Mild cardiomegaly.', `Mild cardiomegaly, patient ${word}.`);
      });
    }, canary);
    await page.goto(`${samples.origin}/chest.html`);
    const tabId = await ff.tabIdOf(page);
    const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);

    // Detect; the sentence with the canary is shown, so RadLens did read it.
    const effusion = '.finding[data-topic-id="pleural-effusion"][data-status="present"]';
    await expect.poll(() => text(panel, effusion)).toContain(canary);
    // A topic and a note of the user's own, saved.
    await click(panel, effusion);
    await expect.poll(() => text(panel, 'article.topic h1')).toBe('Pleural effusion');
    await panel.locator('textarea.note-body').fill('Our pathway: tap if over 1 cm on decubitus.');
    await panel.$eval('textarea.note-body', (box) => box.blur());
    await expect.poll(() => text(panel, '.note-status')).toMatch(/Saved/);
    // A lookup of a selection holding the canary, through the in-page button (a real click).
    await page.bringToFront();
    await page.evaluate((wanted) => {
      const report = document.querySelector('pre')!.firstChild!;
      const at = report.nodeValue!.indexOf(wanted);
      getSelection()!.setBaseAndExtent(report, at, report, at + wanted.length);
    }, `Mild cardiomegaly, patient ${canary}`);
    await page.keyboard.press('Shift'); // The button answers the user's own keys and mouse.
    await expect
      .poll(() =>
        page.$$eval('radlens-lookup-button', (hosts) =>
          hosts.map((h) => (h as HTMLElement).style.display),
        ),
      )
      .toEqual(['block']);
    const button = await page.$eval('radlens-lookup-button', (host) => {
      const rect = host.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(button.x, button.y);
    // Firefox opened the real sidebar at install: it and the sidebar page in a tab both ask for
    // this window's lookup, and whichever asks first gets it.
    await expect
      .poll(() =>
        ff.api.evaluate(() =>
          browser.extension
            .getViews()
            .map((view) => view.document.querySelector('article.topic h1')?.textContent),
        ),
      )
      .toContainEqual(expect.stringMatching(/^Cardiomegaly/));
    // Both exports, saved through Firefox's own downloads.
    await panel.bringToFront();
    await click(panel, 'nav.views ::-p-text(Notes)');
    await click(panel, '::-p-text(Export JSON)');
    await click(panel, '::-p-text(Export Markdown)');
    const exports = await downloaded(downloads, 2);
    for (const file of exports) expect(file).toContain('Our pathway');
    // An options change (storage.local, read by every content script).
    const options = await ff.openExtensionPage('options.html');
    const checkbox = 'section[aria-labelledby="lookup-settings-title"] input[type="checkbox"]';
    await click(options, checkbox);
    await expect.poll(() => options.$eval(checkbox, (box) => box.checked)).toBe(false);

    // The positive control, last: a request to an outside host does reach the trap and the
    // observer, so an empty record below means nothing was sent, not that it went unseen.
    const control = `http://radlens-control.invalid/${randomBytes(4).toString('hex')}`;
    await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined), control);
    await expect.poll(() => trap.hits).toContain(`GET ${control}`);
    // Late work (badge, storage writes) has its chance to send something too.
    await new Promise((done) => setTimeout(done, 1000));

    const firefoxOwn = (hit: string) =>
      [...FIREFOX_OWN_HOSTS].some((host) => hit === `CONNECT ${host}:443`);
    // Soft: a failing run reports every way the text got out, not just the first.
    expect.soft(trap.hits.filter((hit) => !firefoxOwn(hit))).toEqual([`GET ${control}`]);
    const channels = JSON.parse(
      (await ff.inBrowserWindow('JSON.stringify(window.radlensChannels)')) as string,
    ) as Channel[];
    expect(channels).toContainEqual({ url: control, by: [samples.origin, samples.origin] });
    // RadLens opened no request at all, to this machine or elsewhere.
    expect
      .soft(channels.filter((c) => c.by.some((origin) => origin.includes(ff.origin))))
      .toEqual([]);
    // What went elsewhere was the control or Firefox's own, opened by Firefox itself.
    const offMachine = channels.filter((c) => new URL(c.url).hostname !== '127.0.0.1');
    expect
      .soft(
        offMachine.filter(
          (c) =>
            c.url !== control &&
            !(
              FIREFOX_OWN_HOSTS.has(new URL(c.url).hostname) &&
              c.by.every((origin) => origin === '[System Principal]')
            ),
        ),
      )
      .toEqual([]);

    // Probes that show the readers below read the right places: a value the page stores, a
    // line logged in the page and in every extension page (tabs, the sidebar, the background).
    const probe = `probe${randomBytes(4).toString('hex')}`;
    await page.evaluate((value) => {
      sessionStorage.setItem('probe', value);
      console.log(`${value}-page`);
    }, probe);
    const probes = await ff.api.evaluate(async (value) => {
      const views = new Set([
        await browser.runtime.getBackgroundPage(),
        ...browser.extension.getViews(),
      ] as View[]);
      return [...views].map((view, i) => {
        view.console.log(`${value}-${i}`);
        return `${value}-${i}`;
      });
    }, probe);
    expect(probes.length).toBeGreaterThanOrEqual(5); // background, sidebar, api, panel, options
    probes.push(`${probe}-page`);
    await expect.poll(() => probes.filter((line) => !consoleText.includes(line))).toEqual([]);

    // The canary is nowhere: extension IndexedDB and storage, the page's storage, the exports,
    // any console.
    const places = {
      indexedDb: await dumpIndexedDb(panel),
      extensionStorage: await ff.api.evaluate(async () =>
        JSON.stringify({
          local: await browser.storage.local.get(null),
          session: await browser.storage.session.get(null),
          sync: await browser.storage.sync.get(null),
        }),
      ),
      pageStorage: await dumpWebStorage(page),
      pageIndexedDb: await dumpIndexedDb(page),
      exports: exports.join('\n'),
      console: consoleText,
      // Every error of every process (content scripts and the background too) reaches here.
      browserConsole: (await ff.inBrowserWindow(
        'JSON.stringify(Services.console.getMessageArray().map((m) => m.message ?? m.errorMessage))',
      )) as string,
    };
    // The dumps are real: the note, the seeded topics, the changed setting are in them.
    expect(places.indexedDb).toContain('Our pathway');
    expect(places.indexedDb).toContain('pleural-effusion');
    expect(places.extensionStorage).toContain('"selectionButton":false');
    expect(places.pageStorage).toContain(probe);
    for (const [place, dump] of Object.entries(places)) {
      expect.soft(dump.includes(canary), `${place} holds the page text`).toBe(false);
    }
  } finally {
    await ff.close();
    await trap.close();
    await rm(downloads, { recursive: true, force: true });
  }
});
