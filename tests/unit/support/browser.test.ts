import { describe, expect, it } from 'vitest';
import { findChromium } from '../../support/browser';
import { findFirefox } from '../../support/firefox';

describe('findChromium', () => {
  it('fails with what to install when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      /CHROMIUM_PATH is set to \/nonexistent\/chromium, but no file is there/,
    );
  });

  it('uses CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});

describe('findFirefox', () => {
  it('fails with what to install when FIREFOX_PATH points nowhere', () => {
    expect(() => findFirefox({ FIREFOX_PATH: '/nonexistent/firefox-esr' })).toThrow(
      /FIREFOX_PATH is set to \/nonexistent\/firefox-esr, but no file is there/,
    );
  });

  it('uses FIREFOX_PATH when it exists', () => {
    expect(findFirefox({ FIREFOX_PATH: process.execPath })).toBe(process.execPath);
  });
});
