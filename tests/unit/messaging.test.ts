import { describe, expect, it } from 'vitest';
import { BackgroundRequest, FrameFindings } from '../../utils/messaging';

describe('BackgroundRequest', () => {
  it.each([
    [{ type: 'lexicon:get' }, true],
    [{ type: 'findings:changed', present: 2, total: 3, urgency: 'critical' }, true],
    [{ type: 'findings:changed', present: 2, total: 3 }, false],
    [{ type: 'findings:changed', present: 2, total: 3, urgency: 'urgent' }, false],
    [{ type: 'findings:changed', present: -1, total: 3, urgency: 'info' }, false],
    [{ type: 'findings:changed', present: 1 }, false],
    [{ type: 'lexicon:get', extra: 'x' }, false],
    [{ type: 'notes:delete' }, false],
    ['lexicon:get', false],
    [null, false],
  ])('%j accepted: %s', (message, ok) => {
    expect(BackgroundRequest.safeParse(message).success).toBe(ok);
  });
});

describe('FrameFindings', () => {
  it('accepts a frame answer and rejects a finding with an unknown status', () => {
    const finding = {
      topicId: 'hip-osteoarthritis',
      start: 0,
      end: 3,
      text: 'hip',
      status: 'present',
      indicator: 'info',
      id: '3:0',
      order: 2048,
    };
    const frame = { run: 'k3x9', revision: 4, scanning: false };
    expect(FrameFindings.safeParse({ findings: [finding], ...frame }).success).toBe(true);
    expect(
      FrameFindings.safeParse({ findings: [{ ...finding, status: 'maybe' }], ...frame }).success,
    ).toBe(false);
    expect(
      FrameFindings.safeParse({ findings: [{ ...finding, id: 'page text' }], ...frame }).success,
    ).toBe(false);
  });
});
