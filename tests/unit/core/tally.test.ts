import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../utils/core/schema';
import { FindingTally } from '../../../utils/core/tally';

const finding = (topicId: string, status: Finding['status']): Finding => ({
  topicId,
  status,
  indicator: 'info',
  start: 0,
  end: 1,
  text: topicId,
});

/** The figures counted afresh, as the badge would show them. */
function counted(findings: readonly Finding[]) {
  const present = new Set(findings.filter((f) => f.status === 'present').map((f) => f.topicId));
  return { present: present.size, total: findings.length };
}

describe('FindingTally', () => {
  it('counts distinct present topics and every mention', () => {
    const tally = new FindingTally();
    tally.add([
      finding('pleural-effusion', 'present'),
      finding('pleural-effusion', 'present'),
      finding('pneumothorax', 'absent'),
      finding('cardiomegaly', 'possible'),
    ]);
    expect({ present: tally.present, total: tally.total }).toEqual({ present: 1, total: 4 });
  });

  /** A tally given two present mentions of one topic, then rid of the first. */
  function oneOfTwoRemoved(topicId: string) {
    const first = finding(topicId, 'present');
    const second = finding(topicId, 'present');
    const tally = new FindingTally();
    tally.add([first, second]);
    tally.remove([first]);
    return { tally, second };
  }

  it('keeps a topic while one present mention is left', () => {
    const { tally, second } = oneOfTwoRemoved('pleural-effusion');
    expect(tally.present).toBe(1);
    tally.remove([second]);
    expect(tally.present).toBe(0);
    expect(tally.total).toBe(0);
  });

  it('takes an update that drops what it added in the same step (added first)', () => {
    expect(oneOfTwoRemoved('pneumothorax').tally.present).toBe(1);
  });

  it('after any sequence of updates, agrees with counting the page afresh', () => {
    const statuses = ['present', 'absent', 'possible', 'historical'] as const;
    const arbFinding = fc
      .record({
        topicId: fc.constantFrom('a', 'b', 'c', 'd'),
        status: fc.constantFrom(...statuses),
      })
      .map(({ topicId, status }) => finding(topicId, status));
    fc.assert(
      fc.property(
        fc.array(fc.record({ add: fc.array(arbFinding), drop: fc.array(fc.nat()) })),
        (steps) => {
          const tally = new FindingTally();
          let page: Finding[] = [];
          for (const { add, drop } of steps) {
            // Drop some of the page's findings (by position), then add new ones.
            const gone = new Set(drop.filter((i) => i < page.length).map((i) => page[i]!));
            tally.remove(gone);
            page = page.filter((f) => !gone.has(f));
            tally.add(add);
            page.push(...add);
          }
          expect({ present: tally.present, total: tally.total }).toEqual(counted(page));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('FindingTally urgency', () => {
  const mention = (
    topicId: string,
    status: Finding['status'],
    indicator: Finding['indicator'],
  ) => ({
    ...finding(topicId, status),
    indicator,
  });
  it('is the most urgent present mention, and follows removals', () => {
    const tally = new FindingTally();
    expect(tally.urgency).toBe('info');
    const critical = mention('pneumothorax', 'present', 'critical');
    const warning = mention('pleural-effusion', 'present', 'warning');
    tally.add([warning, mention('pneumothorax', 'absent', 'critical')]);
    expect(tally.urgency).toBe('warning'); // an absent emergency is no emergency
    tally.add([critical]);
    expect(tally.urgency).toBe('critical');
    tally.remove([critical]);
    expect(tally.urgency).toBe('warning');
    tally.clear();
    expect(tally.urgency).toBe('info');
  });
});
