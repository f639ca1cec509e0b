/**
 * The built-in topics in data/topics/: every file is a valid Topic, cross-references resolve,
 * the content meets the editorial minimum, and every example sentence is detected as stated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { seedTopics, seedVersion } from '../../../data/index';
import { createDetector } from '../../../utils/core/detect';
import { loadVocabulary, vocabularyProblems } from '../../../utils/core/vocabulary';
import { phraseWords } from '../../../utils/core/lexicon';
import { Topic } from '../../../utils/core/schema';

const topicsDir = fileURLToPath(new URL('../../../data/topics/', import.meta.url));

interface TopicFile {
  file: string;
  json: unknown;
}

const files: TopicFile[] = readdirSync(topicsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    json: JSON.parse(readFileSync(`${topicsDir}${file}`, 'utf8')) as unknown,
  }));

const parsed: Topic[] = files.flatMap(({ json }) => {
  const result = Topic.safeParse(json);
  return result.success ? [result.data] : [];
});
const topicIds = new Set(parsed.map((t) => t.id));
const vocabulary = loadVocabulary();

describe('data/topics folder', () => {
  it('holds at least 60 topic files (the knowledge-base bar of npm run kb:report)', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it('has unique topic ids', () => {
    expect(parsed.length).toBe(files.length);
    expect(topicIds.size).toBe(parsed.length);
  });

  it('gives each term to one topic (a site decides what a shared head means: claims)', () => {
    const owners = new Map<string, string[]>();
    for (const topic of parsed) {
      for (const term of topic.terms) {
        // Abbreviations are case-sensitive, so "HO" and "ho" are different terms.
        const key =
          term.kind === 'abbreviation'
            ? `abbr:${term.text}`
            : (phraseWords(term.text) ?? []).join(' ');
        const list = owners.get(key) ?? [];
        if (!list.includes(topic.id)) list.push(topic.id);
        owners.set(key, list);
      }
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.length > 1)
      .map(([t, ids]) => `${t}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it("claims only heads and sites of the vocabulary, and criteria cite the topic's sources", () => {
    const problems = parsed.flatMap((topic) =>
      vocabularyProblems(topic, vocabulary).map((p) => `${topic.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('claims the head of every term that is a head phrase (else the term names nothing)', () => {
    const headOf = new Map(
      vocabulary.heads.flatMap((h) =>
        h.phrases.map((p) => [(phraseWords(p) ?? []).join(' '), h.id]),
      ),
    );
    const unclaimed = parsed.flatMap((topic) =>
      topic.terms.flatMap((term) => {
        const head = headOf.get((phraseWords(term.text) ?? []).join(' '));
        const claims = topic.claims.some(
          (c) => head !== undefined && (c.heads ?? []).includes(head),
        );
        return head !== undefined && !claims ? [`${topic.id}: "${term.text}" is head ${head}`] : [];
      }),
    );
    expect(unclaimed).toEqual([]);
  });

  it('gives each (head, site) pair to one topic', () => {
    const owners = new Map<string, string[]>();
    for (const topic of parsed)
      for (const claim of topic.claims)
        for (const head of claim.heads ?? [])
          for (const site of claim.sites ?? ['anywhere']) {
            const key = `${head} at ${site}`;
            owners.set(key, [...(owners.get(key) ?? []), topic.id]);
          }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});

describe.each(files)('$file', ({ file, json }) => {
  const result = Topic.safeParse(json);
  const topic = result.success ? result.data : undefined;
  const recommendations = topic?.sections.flatMap((s) => s.items) ?? [];
  const refIds = new Set(topic?.references.map((r) => r.id));

  it('parses with the Topic schema', () => {
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is named after its id', () => {
    expect(file).toBe(`${topic?.id}.json`);
  });

  it('relates only to existing topics, never to itself', () => {
    expect(topic).toBeDefined();
    const related = topic?.related ?? [];
    expect(related.filter((id) => !topicIds.has(id) || id === topic?.id)).toEqual([]);
  });

  it('cites only its own references from recommendations and pitfalls', () => {
    const cited = [
      ...recommendations.flatMap((r) => r.refs),
      ...(topic?.pitfalls.flatMap((p) => p.refs) ?? []),
    ];
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((ref) => !refIds.has(ref))).toEqual([]);
  });

  it('gives every reference a title, source and year', () => {
    expect(topic?.references.length).toBeGreaterThan(0);
    for (const ref of topic?.references ?? []) {
      expect(ref.title.trim(), ref.id).not.toBe('');
      expect(ref.source.trim(), ref.id).not.toBe('');
      expect(Number.isInteger(ref.year), ref.id).toBe(true);
    }
  });

  it('has recommendations with action, strength and evidence', () => {
    expect(recommendations.length).toBeGreaterThanOrEqual(1);
    for (const r of recommendations) {
      expect(['do', 'consider', 'avoid']).toContain(r.action);
      expect(['strong', 'moderate', 'weak', 'consensus']).toContain(r.strength);
      expect(['high', 'moderate', 'low', 'very-low', 'expert-opinion', 'not-graded']).toContain(
        r.evidence,
      );
    }
  });

  it('has at least two pitfalls and two references', () => {
    expect(topic?.pitfalls.length).toBeGreaterThanOrEqual(2);
    expect(topic?.references.length).toBeGreaterThanOrEqual(2);
  });

  it('has example sentences', () => {
    expect(topic?.examples.length).toBeGreaterThanOrEqual(1);
  });
});

const detector = createDetector(seedTopics);
const examples = seedTopics.flatMap((topic) =>
  topic.examples.map(({ sentence, status }) => ({ topicId: topic.id, sentence, status })),
);

describe('topic examples', () => {
  it.each(examples)('$topicId: "$sentence" is $status', ({ topicId, sentence, status }) => {
    const statuses = detector
      .detect(sentence)
      .filter((f) => f.topicId === topicId)
      .map((f) => f.status);
    expect(statuses.length).toBeGreaterThanOrEqual(1);
    expect(new Set(statuses)).toEqual(new Set([status]));
  });
});

describe('data/index', () => {
  it('seeds exactly the parsed topic files, sorted by id', () => {
    expect(seedTopics.map((t) => t.id)).toEqual([...topicIds].sort());
    expect(seedTopics).toEqual(parsed);
  });

  it('has a non-empty seed version', () => {
    expect(typeof seedVersion).toBe('string');
    expect(seedVersion.trim()).not.toBe('');
  });

  it('computes the same seed version on a fresh import', async () => {
    vi.resetModules();
    const again = await import('../../../data/index');
    expect(again.seedTopics).not.toBe(seedTopics);
    expect(again.seedTopics).toEqual(seedTopics);
    expect(again.seedVersion).toBe(seedVersion);
  });
});
