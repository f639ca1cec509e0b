/** "Copy summary": plain text with every graded recommendation and reference, for every topic. */
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../utils/core/schema';
import { topicSummaryText } from '../../../utils/core/summary';
import { seedTopics } from '../../tools/topics';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** An evidence level as the summary words it: the schema's value with spaces for hyphens. */
const evidenceWords = (evidence: Topic['sections'][number]['items'][number]['evidence']) =>
  evidence.replaceAll('-', ' ');

describe('topicSummaryText on every built-in topic', () => {
  it.each(seedTopics.map((t) => [t.id, t] as const))('%s', (_id, topic) => {
    const text = topicSummaryText(topic);
    const lines = text.split('\n');
    expect(lines[0]).toBe(oneLine(topic.title));
    expect(lines).toContain(`Bottom line: ${oneLine(topic.bottomLine)}`);
    for (const item of topic.sections.flatMap((s) => s.items)) {
      const line = lines.find((l) => l.includes(oneLine(item.text)));
      expect(line, item.text).toBeDefined();
      const action = { do: 'Do', consider: 'Consider', avoid: 'Avoid' }[item.action];
      expect(line!.startsWith(`- ${action}: ${oneLine(item.text)}`)).toBe(true);
      const grade = `strength: ${item.strength}; evidence: ${evidenceWords(item.evidence)}`;
      const source = topic.references.find((r) => r.id === item.gradedBy);
      expect(
        line!.endsWith(
          source
            ? `; graded by ${source.short ?? `${source.source} ${source.year}`}: ${item.grade})`
            : `(${grade})`,
        ),
        item.text,
      ).toBe(true);
      expect(line).toContain(`(${grade}`);
    }
    for (const pitfall of topic.pitfalls) {
      expect(lines.some((l) => l.startsWith(`- ${oneLine(pitfall.text)}`))).toBe(true);
    }
    topic.references.forEach((ref, i) => {
      const line = lines.find((l) => l.startsWith(`${i + 1}. `));
      expect(line, ref.id).toBeDefined();
      expect(line).toContain(oneLine(ref.title));
      expect(line).toContain(`${oneLine(ref.source)}, ${ref.year}.`);
      if (ref.authors) expect(line).toContain(oneLine(ref.authors));
      if (ref.pmid) expect(line).toContain(`PMID ${ref.pmid}`);
      if (ref.doi) expect(line).toContain(`doi:${ref.doi}`);
    });
    expect(lines.at(-2)).toMatch(/^Educational summary from RadLens.*clinical judgement/);
    expect(text).not.toMatch(/<[a-z/!]/i);
  });
});

describe('topicSummaryText, line by line', () => {
  const base = seedTopics[0]!;
  const topic: Topic = {
    ...base,
    title: 'Made-up   finding',
    bottomLine: 'First line\nsecond <b>line</b> & more.',
    reviewed: '2026-01-31',
    sections: [
      {
        title: 'First steps',
        items: [
          { text: 'Check it.', action: 'do', strength: 'strong', evidence: 'high', refs: ['a'] },
          {
            text: 'Think about\nit.',
            action: 'consider',
            strength: 'weak',
            evidence: 'very-low',
            refs: [],
          },
        ],
      },
      {
        title: 'What to avoid',
        items: [
          {
            text: 'Do not <script>alert(1)</script> it.',
            action: 'avoid',
            strength: 'consensus',
            evidence: 'expert-opinion',
            refs: ['b', 'a'],
          },
        ],
      },
    ],
    pitfalls: [{ text: 'A trap.', refs: ['b'] }],
    references: [
      {
        id: 'a',
        kind: 'guideline',
        title: 'A guideline',
        source: 'Some Journal',
        year: 2020,
        authors: 'Doe J, Roe R',
        pmid: '12345',
        doi: '10.1000/xyz',
      },
      { id: 'b', kind: 'review', title: 'A review?', source: 'Other Body', year: 1999 },
    ],
  };

  it('is the title, bottom line, graded items, pitfalls, references and the disclaimer', () => {
    expect(topicSummaryText(topic)).toBe(
      [
        'Made-up finding',
        '',
        'Bottom line: First line second <b>line</b> & more.',
        '',
        'First steps:',
        '- Do: Check it. [1] (strength: strong; evidence: high)',
        '- Consider: Think about it. (strength: weak; evidence: very low)',
        '',
        'What to avoid:',
        '- Avoid: Do not <script>alert(1)</script> it. [2, 1] (strength: consensus; evidence: expert opinion)',
        '',
        'Pitfalls:',
        '- A trap. [2]',
        '',
        'References:',
        '1. Doe J, Roe R A guideline. Some Journal, 2020. PMID 12345. doi:10.1000/xyz',
        '2. A review? Other Body, 1999.',
        '',
        'Educational summary from RadLens (reviewed 2026-01-31); clinical judgement and the full guidelines rule.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty pitfalls and references, and nothing but topic content goes in', () => {
    const bare = topicSummaryText({ ...topic, pitfalls: [], references: [] });
    expect(bare).not.toContain('Pitfalls:');
    expect(bare).not.toContain('References:');
    expect(bare).toContain('- Do: Check it. (strength: strong; evidence: high)');
    expect(bare.split('\n').every((l) => l === l.trim())).toBe(true);
  });
});
