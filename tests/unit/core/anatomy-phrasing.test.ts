/**
 * Anatomy-aware reading, by the tables of `anatomy-phrasing.rows.ts`: each row's findings of
 * the topics it names (topic, status, side, site, size), a row with no findings reading as
 * none at all; and for each misrouting row, that a generic head in an organ no chest topic
 * claims never opens the chest topic. The rows `KNOWN_GAPS` names run as known failures.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../utils/core/schema';
import { detector } from '../support/detector';
import {
  ANATOMY_ROWS,
  KNOWN_GAPS,
  MISROUTING_ROWS,
  type AnatomyRow,
  type ExpectedFinding,
} from './anatomy-phrasing.rows';

/** What a finding reads as, in the terms of the row's finding it is paired with. */
function reading(f: Finding, like: ExpectedFinding): string {
  const side = like.side !== undefined || f.laterality !== undefined ? f.laterality : undefined;
  const site = like.site !== undefined ? f.site : undefined;
  const size =
    like.size !== undefined ? (f.sizes?.find((s) => s === like.size) ?? f.sizes?.[0]) : undefined;
  return JSON.stringify([f.topicId, f.status, side, site, size]);
}

const wanted = (e: ExpectedFinding) => JSON.stringify([e.topic, e.status, e.side, e.site, e.size]);

/** Expects the row's findings of each topic it names, or no finding when it names none. */
function expectRow(row: AnatomyRow): void {
  const findings = detector.detect(row.text);
  if (row.expect.length === 0) {
    expect(findings.map((f) => f.topicId)).toEqual([]);
    return;
  }
  for (const topic of new Set(row.expect.map((e) => e.topic))) {
    const rows = row.expect.filter((e) => e.topic === topic);
    const found = findings.filter((f) => f.topicId === topic);
    // Paired in text order; a finding beyond the row's count is compared with its last.
    const got = found.map((f, i) => reading(f, rows[Math.min(i, rows.length - 1)]!));
    expect(got.sort(), topic).toEqual(rows.map(wanted).sort());
  }
}

const table = ANATOMY_ROWS.filter((row) => !KNOWN_GAPS.has(row.text));
const gaps = ANATOMY_ROWS.filter((row) => KNOWN_GAPS.has(row.text));

describe('anatomy phrasing: the table', () => {
  it('has at least 250 rows that pass, across at least 15 organs', () => {
    expect(table.length).toBeGreaterThanOrEqual(250);
    expect(new Set(table.map((row) => row.organ)).size).toBeGreaterThanOrEqual(15);
  });

  it('lists as known gaps only rows of the table', () => {
    const texts = new Set(ANATOMY_ROWS.map((row) => row.text));
    expect([...KNOWN_GAPS.keys()].filter((text) => !texts.has(text))).toEqual([]);
  });

  it('has each generic head in at least 6 organs in the misrouting table', () => {
    for (const head of ['nodule', 'mass', 'lesion', 'cyst', 'edema', 'effusion', 'thickening']) {
      const organs = new Set(MISROUTING_ROWS.filter((r) => r.head === head).map((r) => r.organ));
      expect(organs.size, head).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('anatomy phrasing: finding, status, side, site and size', () => {
  it.each(table.map((row) => [row.organ, row.text, row] as const))('%s: %s', (_o, _t, row) =>
    expectRow(row),
  );
});

// Run only while there are known gaps: an empty suite is an error.
describe.runIf(gaps.length > 0)('anatomy phrasing: known gaps', () => {
  it.fails.each(gaps.map((row) => [row.text, KNOWN_GAPS.get(row.text)!, row] as const))(
    '%s (%s)',
    (_t, _why, row) => expectRow(row),
  );
});

describe('misrouting: a generic head in another organ never opens a chest topic', () => {
  it.each(MISROUTING_ROWS.map((row) => [row.head, row.organ, row.text, row.never] as const))(
    '%s in %s: %s',
    (_head, _organ, text, never) => {
      const topics = detector.detect(text).map((f) => f.topicId);
      expect(topics.filter((t) => never.includes(t))).toEqual([]);
    },
  );
});
