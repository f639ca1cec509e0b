/**
 * What the Chromium and the Firefox suites' fixtures share: a fresh browser with the built
 * extension for each test (closed after it), the sample pages served on 127.0.0.1 for the
 * worker, and `openWithPanel`, which opens a sample page and RadLens's panel pinned to its tab.
 * Each suite says how to launch its browser and how to open the panel in it.
 */
import { test as base } from '@playwright/test';
import { samplesFixture, type StaticServer } from './serve';

/** A sample page and RadLens's panel pinned to its tab. */
export interface Opened<P> {
  page: P;
  panel: P;
  tabId: number;
}

export interface SuiteFixtures<B, P> {
  /** The browser under test, with the extension loaded. */
  launched: B;
  /** Opens a sample page and the panel pinned to its tab. */
  openWithPanel: (sample: string) => Promise<Opened<P>>;
}

/** The fixtures of a suite whose browser `launch` starts and `open` opens a page and panel in. */
export const extensionSuite = <B extends { close(): Promise<void> }, P>(
  launch: () => Promise<B>,
  open: (browser: B, url: string) => Promise<Opened<P>>,
) =>
  base.extend<SuiteFixtures<B, P>, { samples: StaticServer }>({
    samples: samplesFixture,
    launched: async ({}, use) => {
      const browser = await launch();
      await use(browser);
      await browser.close();
    },
    openWithPanel: async ({ launched, samples }, use) => {
      await use((sample) => open(launched, `${samples.origin}/${sample}`));
    },
  });
