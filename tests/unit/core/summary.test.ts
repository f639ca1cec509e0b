/** "Copy summary": plain text with every graded recommendation and reference, for every topic. */
import { describe, expect, it } from 'vitest';
import { topicSummaryText } from '../../../utils/core/summary';
import { seedTopics } from '../../tools/topics';

describe('topicSummaryText', () => {
  it.each(seedTopics.map((t) => [t.id, t] as const))('%s', (_id, topic) => {
    const text = topicSummaryText(topic);
    const lines = text.split('\n');
    expect(lines[0]).toBe(topic.title);
    expect(text).toContain(`Bottom line: ${topic.bottomLine.replace(/\s+/g, ' ')}`);
    for (const item of topic.sections.flatMap((s) => s.items)) {
      const line = lines.find((l) => l.includes(item.text.replace(/\s+/g, ' ').trim()));
      expect(line, item.text).toBeDefined();
      expect(line).toMatch(/^- (Do|Consider|Avoid): /);
      expect(line).toContain(`strength: ${item.strength}`);
    }
    for (const ref of topic.references) expect(text).toContain(String(ref.year));
    for (const ref of topic.references.filter((r) => r.pmid))
      expect(text).toContain(`PMID ${ref.pmid}`);
    expect(lines.at(-2)).toMatch(/^Educational summary from RadLens/);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('keeps a topic field that looks like markup as plain text', () => {
    const topic = { ...seedTopics[0]!, bottomLine: '<img src=x onerror=alert(1)> stays text' };
    expect(topicSummaryText(topic)).toContain(
      'Bottom line: <img src=x onerror=alert(1)> stays text',
    );
  });
});
