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
    };
    expect(FrameFindings.safeParse({ findings: [finding], scanning: false }).success).toBe(true);
    expect(
      FrameFindings.safeParse({ findings: [{ ...finding, status: 'maybe' }], scanning: false })
        .success,
    ).toBe(false);
  });
});
