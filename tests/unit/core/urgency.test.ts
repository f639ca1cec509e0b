/**
 * The urgency of each mention: a term, a severity, a size branch and a stated course set it,
 * on the real topics (the emergencies the content review listed) and on a table of small
 * topics made for the rule. One table row per emergency wording: the convention test.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../utils/core/detect';
import type { TopicInput } from '../../../utils/core/schema';
import { Topic } from '../../../utils/core/schema';
import { byUrgency, lower, mentionIndicator } from '../../../utils/core/urgency';
import { detector, mentionsOf } from '../support/detector';

const mentions = (text: string) =>
  detector.detect(text).map((f) => [f.topicId, f.text, f.indicator, f.course ?? null]);

/** The urgency of each mention of the topic in the text, which must mention it. */
function indicatorsOf(text: string, topicId: string) {
  const found = mentionsOf(text, topicId);
  expect(found.length, `mentions of ${topicId}`).toBeGreaterThan(0);
  return found.map((f) => f.indicator);
}

describe('emergencies the report names are critical, whatever the topic says', () => {
  it.each([
    ['Ruptured abdominal aortic aneurysm.', 'abdominal-aortic-aneurysm'],
    ['Ruptured AAA with retroperitoneal hematoma.', 'abdominal-aortic-aneurysm'],
    ['Findings consistent with cardiac tamponade.', 'pericardial-effusion'],
    ['Large hemopericardium.', 'pericardial-effusion'],
    ['Left empyema.', 'pleural-effusion'],
    ['Right hemothorax.', 'pleural-effusion'],
    ['Flail chest on the right.', 'rib-fracture'],
    ['Findings suggest septic sacroiliitis on the left.', 'sacroiliitis'],
    ['Large left pneumothorax.', 'pneumothorax'],
    ['Tension pneumothorax with mediastinal shift.', 'pneumothorax'],
  ])('%j: %s is critical', (text, topicId) => {
    const indicators = indicatorsOf(text, topicId);
    expect(indicators).toEqual(indicators.map(() => 'critical'));
  });

  it('the plain finding keeps its topic’s urgency', () => {
    expect(mentions('Infrarenal abdominal aortic aneurysm measuring 4.2 cm.')).toEqual([
      ['abdominal-aortic-aneurysm', 'Infrarenal abdominal aortic aneurysm', 'warning', null],
    ]);
    expect(mentions('Small left pleural effusion.')).toEqual([
      ['pleural-effusion', 'pleural effusion', 'warning', null],
    ]);
  });

  it('an empyema elsewhere in the body is not a pleural finding', () => {
    expect(mentions('Subdural empyema along the left convexity.')).toEqual([]);
    expect(mentions('Empyema of the gallbladder.')).toEqual([]);
  });
});

describe('classes in the malignant range need follow-up, not reassurance', () => {
  it.each([
    ['Bosniak IV cystic renal mass in the left kidney.', 'renal-cyst'],
    ['Bosniak category III cyst of the right kidney.', 'renal-cyst'],
    ['O-RADS 5 lesion of the right adnexa.', 'adnexal-cyst'],
    ['O-RADS US 4 left ovarian cyst.', 'adnexal-cyst'],
  ])('%j: %s is at least warning', (text, topicId) => {
    for (const indicator of indicatorsOf(text, topicId)) {
      expect(['warning', 'critical']).toContain(indicator);
    }
  });

  it('a simple renal cyst stays info', () => {
    expect(mentions('Simple renal cyst in the upper pole.')).toEqual([
      ['renal-cyst', 'Simple renal cyst', 'info', null],
    ]);
  });
});

describe('a stated course lowers the urgency one step and says so', () => {
  it.each([
    ['Chronic type B aortic dissection, unchanged.', 'aortic-dissection', 'warning', 'chronic'],
    ['Stable type B dissection since 2019.', 'aortic-dissection', 'warning', 'chronic'],
    [
      'Small pneumoperitoneum, expected after recent laparoscopy.',
      'pneumoperitoneum',
      'warning',
      'expected',
    ],
    ['Postoperative pneumoperitoneum.', 'pneumoperitoneum', 'warning', 'expected'],
    ['Acute type A aortic dissection.', 'aortic-dissection', 'critical', null],
    ['Free air under the diaphragm.', 'pneumoperitoneum', 'critical', null],
  ])('%j: %s is %s (%s)', (text, topicId, indicator, course) => {
    const found = mentionsOf(text, topicId);
    expect(found.map((f) => [f.indicator, f.course ?? null])).toEqual([[indicator, course]]);
  });

  it('the course of one finding does not lower its neighbour across a sentence', () => {
    const found = detector.detect('Chronic type B aortic dissection. New free air.');
    expect(found.map((f) => [f.topicId, f.indicator])).toEqual([
      ['aortic-dissection', 'warning'],
      ['pneumoperitoneum', 'critical'],
    ]);
  });
});

/** A small topic for the rules alone, with a severity rule and a size branch. */
function ruleTopic(extra: Partial<TopicInput>): Topic {
  return Topic.parse({
    id: 'test-finding',
    title: 'Test finding',
    question: 'What to do?',
    bottomLine: 'Test.',
    category: 'Test',
    indicator: 'info',
    terms: [
      { text: 'test lesion', kind: 'preferred' },
      { text: 'bleeding test lesion', kind: 'synonym', indicator: 'critical' },
    ],
    sections: [
      {
        title: 'First steps',
        items: [{ text: 'Look.', action: 'do', strength: 'consensus', evidence: 'expert-opinion' }],
      },
    ],
    reviewed: '2026-12-01',
    ...extra,
  });
}

describe('mentionIndicator: the rules, table-driven', () => {
  const topic = ruleTopic({
    indicatorBySeverity: { large: 'warning', severe: 'critical' },
    branches: [
      {
        title: 'By size',
        basis: 'largest diameter',
        measure: 'largest',
        branches: [
          {
            condition: 'Under 4 cm',
            range: { unit: 'cm', max: 4 },
            recommendation: 'Watch.',
            action: 'do',
            strength: 'consensus',
            evidence: 'expert-opinion',
          },
          {
            condition: '4 cm or more',
            range: { unit: 'cm', min: 4 },
            recommendation: 'Refer.',
            action: 'do',
            strength: 'consensus',
            evidence: 'expert-opinion',
            indicator: 'warning',
          },
        ],
      },
    ],
  });
  const small = createDetector([topic]);
  it.each([
    ['Test lesion.', 'info', null],
    ['Bleeding test lesion.', 'critical', null],
    ['Large test lesion.', 'warning', null],
    ['Severe test lesion.', 'critical', null],
    ['Mild test lesion.', 'info', null],
    ['Test lesion measuring 3.9 cm.', 'info', null],
    ['Test lesion measuring 4.0 cm.', 'warning', null],
    ['Test lesion measuring 45 mm.', 'warning', null],
    ['Test lesion measuring 45 x 20 mm, unchanged.', 'info', 'chronic'],
    ['Bleeding test lesion, unchanged.', 'warning', 'chronic'],
    ['Test lesion, unchanged.', 'info', 'chronic'],
  ])('%j -> %s (%s)', (text, indicator, course) => {
    expect(small.detect(text).map((f) => [f.indicator, f.course ?? null])).toEqual([
      [indicator, course],
    ]);
  });

  it('a topic the lexicon does not know is info; info lowered stays info', () => {
    expect(mentionIndicator(undefined, {})).toBe('info');
    expect(lower('info')).toBe('info');
    expect(lower('critical')).toBe('warning');
    expect(['info', 'critical', 'warning'].sort(byUrgency as never)).toEqual([
      'critical',
      'warning',
      'info',
    ]);
  });
});
