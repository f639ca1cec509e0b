// @vitest-environment happy-dom
/**
 * Site modes: the mode a site gets from raw settings, and the content script's site-mode
 * and reading features over a real DOM with WXT's fake browser: the mode follows the
 * settings, "off" stops reading and tells the panels every mention went, and the storage
 * listener goes when the script ends.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedTopics } from '../../../data/index';
import { createFrame, emit, on, type MentionsDetail } from '../../../entrypoints/content/frame';
import { startReading } from '../../../entrypoints/content/reading';
import { startSiteMode } from '../../../entrypoints/content/site-mode';
import { createDetector } from '../../../utils/core/detect';
import { modeFor } from '../../../utils/core/site-mode';

const ORIGIN = 'https://ehr.example.org';

describe('modeFor', () => {
  it.each([
    ['no settings', undefined, 'highlight'],
    ['settings not an object', 'off', 'highlight'],
    ['the default mode', { defaultMode: 'count' }, 'count'],
    ['the site’s own mode', { defaultMode: 'count', siteModes: { [ORIGIN]: 'off' } }, 'off'],
    ['another site’s mode', { siteModes: { 'https://other.example.org': 'off' } }, 'highlight'],
    [
      'an unknown mode of the site',
      { defaultMode: 'count', siteModes: { [ORIGIN]: 'loud' } },
      'count',
    ],
    ['an unknown default', { defaultMode: 'loud' }, 'highlight'],
    [
      'a mode inherited from the prototype',
      { siteModes: Object.create({ [ORIGIN]: 'off' }) as object },
      'highlight',
    ],
  ])('%s', (_name, settings, mode) => {
    expect(modeFor(settings, ORIGIN)).toBe(mode);
  });
});

describe('the site-mode and reading features', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A frame over a report body, reading with the real detector. */
  async function frameWith(settings: unknown) {
    document.body.innerHTML = '<p>Cardiomegaly.</p><p>Small left pneumothorax.</p>';
    if (settings !== undefined) await fakeBrowser.storage.local.set({ settings });
    const frame = createFrame(document);
    const script = new AbortController();
    const heard: MentionsDetail[] = [];
    on(frame, 'mentions', (detail) => heard.push(detail!), script.signal);
    startReading(frame, script.signal);
    await startSiteMode(frame, script.signal);
    frame.detector = createDetector(seedTopics);
    emit(frame, 'engine');
    return { frame, script, heard };
  }

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((done) => setTimeout(done, 5));
    expect(check()).toBe(true);
  };

  it.each([
    ['highlight (the default)', undefined, 'highlight', 2],
    ['count only', { defaultMode: 'count' }, 'count', 2],
    ['off: nothing is read', { defaultMode: 'off' }, 'off', 0],
  ])('%s', async (_name, settings, mode, mentions) => {
    const { frame, script } = await frameWith(settings);
    expect(frame.mode).toBe(mode);
    if (mentions > 0) await until(() => frame.ledger.size === mentions);
    else await new Promise((done) => setTimeout(done, 50));
    expect(frame.ledger.size).toBe(mentions);
    script.abort();
  });

  it('turning the site off stops reading and tells that every mention went', async () => {
    const { frame, script, heard } = await frameWith(undefined);
    await until(() => frame.ledger.size === 2);
    await fakeBrowser.storage.local.set({ settings: { defaultMode: 'off' } });
    await until(() => frame.mode === 'off');
    const last = heard.at(-1)!;
    expect(last.change.removed).toHaveLength(2);
    expect(last.report).toBeUndefined();
    expect(frame.tally.total).toBe(0);
    expect(frame.scanning).toBe(false);
    script.abort();
  });

  it('turning it on again reads the page afresh', async () => {
    const { frame, script } = await frameWith({ defaultMode: 'off' });
    await fakeBrowser.storage.local.set({ settings: { defaultMode: 'highlight' } });
    await until(() => frame.ledger.size === 2);
    expect(frame.tally.present).toBe(2);
    script.abort();
  });

  it('after the script ends, a change of settings changes nothing', async () => {
    const { frame, script } = await frameWith(undefined);
    script.abort();
    await fakeBrowser.storage.local.set({ settings: { defaultMode: 'off' } });
    await new Promise((done) => setTimeout(done, 20));
    expect(frame.mode).toBe('highlight');
  });
});
