/**
 * The mention ledger: what the panels need to hear after a change (mentions added or
 * changed, ids removed), and which mention of a finding group is first in the page.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../utils/core/schema';
import {
  addMention,
  mentionById,
  toScanned,
  type LocatedFinding,
  type ScannedSegment,
} from '../../../utils/dom/located';
import { MentionLedger, sameFinding } from '../../../utils/dom/mention-ledger';
import { Segment } from '../../../utils/dom/text-chunks';

const finding = (start: number, more: Partial<Finding> = {}): Finding => ({
  topicId: 'pneumothorax',
  start,
  end: start + 12,
  text: 'pneumothorax',
  status: 'present',
  indicator: 'warning',
  ...more,
});

/** Block `id` at `order` with mentions of `findings`. */
function block(id: number, order: number, findings: Finding[]): ScannedSegment {
  const segment = toScanned(new Segment({} as Node, '', []), id);
  segment.order = order;
  for (const f of findings) addMention(segment, f);
  return segment;
}

const ids = (mentions: readonly LocatedFinding[]) => mentions.map((m) => m.id);

/** A ledger whose page holds `segments` (where it finds a group's next first mention). */
const ledgerOver = (segments: ScannedSegment[] = []) => new MentionLedger(() => ({ segments }));

describe('MentionLedger.apply', () => {
  it('a first read: every mention is added', () => {
    const ledger = ledgerOver();
    const b = block(1, 0, [finding(0), finding(20)]);
    expect(ids(ledger.apply([], b.findings).added)).toEqual(['1:0', '1:20']);
  });

  it('a block read again, unchanged: nothing to tell', () => {
    const ledger = ledgerOver();
    const old = block(1, 0, [finding(0)]);
    ledger.apply([], old.findings);
    const again = block(1, 0, [finding(0)]);
    expect(ledger.apply(old.findings, again.findings)).toEqual({ added: [], removed: [] });
  });

  it.each([
    ['its status', { status: 'absent' as const }],
    ['its urgency', { indicator: 'critical' as const }],
    ['its side', { laterality: 'left' as const }],
    ['its sizes', { sizes: ['2 cm'] }],
  ])('a mention whose %s changed is added again, not removed', (_name, change) => {
    const ledger = ledgerOver();
    const old = block(1, 0, [finding(0)]);
    ledger.apply([], old.findings);
    const again = block(1, 0, [finding(0, change)]);
    const told = ledger.apply(old.findings, again.findings);
    expect(ids(told.added)).toEqual(['1:0']);
    expect(told.removed).toEqual([]);
  });

  it('a mention gone from its block is removed by id', () => {
    const ledger = ledgerOver();
    const old = block(1, 0, [finding(0), finding(20)]);
    ledger.apply([], old.findings);
    const again = block(1, 0, [finding(0)]);
    expect(ledger.apply(old.findings, again.findings).removed).toEqual(['1:20']);
  });

  it('a block that moved (a new order) tells its mentions again', () => {
    const ledger = ledgerOver();
    const old = block(1, 0, [finding(0)]);
    ledger.apply([], old.findings);
    const moved = block(1, 4096, [finding(0)]);
    expect(ids(ledger.apply(old.findings, moved.findings).added)).toEqual(['1:0']);
  });

  it('a stale mention (its id already taken by a successor) is not removed twice', () => {
    const ledger = ledgerOver();
    const old = block(1, 0, [finding(0)]);
    ledger.apply([], old.findings);
    const next = block(1, 0, [finding(0, { status: 'absent' })]);
    ledger.apply(old.findings, next.findings);
    expect(ledger.apply(old.findings, []).removed).toEqual([]);
    expect(ledger.size).toBe(1);
    expect(ledger.isFirst(next.findings[0]!)).toBe(true);
  });

  it('when the first mention of a group goes, the next one is told again (for its sentence)', () => {
    const a = block(1, 0, [finding(0)]);
    const b = block(2, 1024, [finding(0)]);
    const page = [a, b];
    const ledger = ledgerOver(page);
    ledger.apply([], [...a.findings, ...b.findings]);
    expect(ledger.isFirst(a.findings[0]!)).toBe(true);
    page.shift();
    const told = ledger.apply(a.findings, []);
    expect(told.removed).toEqual(['1:0']);
    expect(ids(told.added)).toEqual(['2:0']);
    expect(ledger.isFirst(b.findings[0]!)).toBe(true);
  });

  it('the next first is the earliest in its block, and a group with none left has no first', () => {
    const a = block(1, 0, [finding(0), finding(40, { status: 'absent' })]);
    const b = block(2, 1024, [finding(30), finding(10)]);
    const page = [a, b];
    const ledger = ledgerOver(page);
    ledger.apply([], [...a.findings, ...b.findings]);
    page.shift();
    const told = ledger.apply(a.findings, []);
    expect(told.removed).toEqual(['1:0', '1:40']);
    expect(ids(told.added)).toEqual(['2:10']);
    expect(ledger.isFirst(b.findings[1]!)).toBe(true);
    expect(ledger.size).toBe(2);
  });

  it('a new mention before the first becomes first', () => {
    const ledger = ledgerOver();
    const b = block(2, 1024, [finding(0)]);
    ledger.apply([], b.findings);
    const a = block(3, 512, [finding(0)]);
    expect(ids(ledger.apply([], a.findings).added)).toEqual(['3:0']);
    expect(ledger.isFirst(a.findings[0]!)).toBe(true);
    expect(ledger.isFirst(b.findings[0]!)).toBe(false);
  });

  it('groups are per status and topic', () => {
    const ledger = ledgerOver();
    const b = block(1, 0, [finding(0), finding(20, { status: 'absent' })]);
    ledger.apply([], b.findings);
    expect(b.findings.map((m) => ledger.isFirst(m))).toEqual([true, true]);
  });

  it('clear forgets every mention and returns their ids', () => {
    const ledger = ledgerOver();
    const b = block(1, 0, [finding(0), finding(20)]);
    ledger.apply([], b.findings);
    expect(ledger.clear(b.findings)).toEqual(['1:0', '1:20']);
    expect(ledger.size).toBe(0);
  });
});

describe('addMention ids', () => {
  it.each([
    [[0], ['5:0']],
    [
      [0, 14],
      ['5:0', '5:14'],
    ],
    [
      [3, 3],
      ['5:3', '5:3.2'],
    ],
    [
      [3, 3, 3, 9],
      ['5:3', '5:3.2', '5:3.3', '5:9'],
    ],
  ])('starts %j give ids %j', (starts, expected) => {
    expect(
      ids(
        block(
          5,
          0,
          starts.map((s) => finding(s)),
        ).findings,
      ),
    ).toEqual(expected);
  });
});

describe('mentionById', () => {
  const page = { segments: [block(3, 0, [finding(0), finding(0)]), block(12, 1024, [finding(7)])] };
  it.each([
    ['3:0', 0, 0],
    ['3:0.2', 0, 1],
    ['12:7', 1, 0],
  ])('%s is the mention it names', (id, segment, nth) => {
    expect(mentionById(page, id)).toBe(page.segments[segment]!.findings[nth]);
  });
  it.each(['3:1', '4:0', '12:7.2', 'x'])('%s names none', (id) => {
    expect(mentionById(page, id)).toBeUndefined();
  });
});

describe('sameFinding', () => {
  it.each([
    [finding(0), finding(0), true],
    [finding(0, { sizes: ['1 cm'] }), finding(0, { sizes: ['1 cm'] }), true],
    [finding(0, { sizes: ['1 cm'] }), finding(0, { sizes: ['2 cm'] }), false],
    [finding(0), finding(0, { site: 'lung' }), false],
    [finding(0), finding(1), false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameFinding(a, b)).toBe(same);
  });
});
