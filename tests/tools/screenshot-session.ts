/**
 * What the Chrome and the Firefox screenshots share: the output folder made, the sample pages
 * served, a browser with the built extension launched, and both closed however the shots end.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveFolder } from '../support/serve';

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Makes `outDir`, then runs `shoot` on a browser from `launch` and the samples' origin. */
export async function screenshotSession<B extends { close(): Promise<void> }>(
  outDir: string,
  launch: () => Promise<B>,
  shoot: (browser: B, origin: string) => Promise<void>,
): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await serveFolder(resolve(ROOT, 'data/samples'));
  const browser = await launch();
  try {
    await shoot(browser, server.origin);
    console.log(`screenshots in ${outDir}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
