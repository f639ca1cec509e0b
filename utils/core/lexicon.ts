/**
 * The lexicon: every phrase the detector looks for, compiled from the topics (terms, and the
 * claims and criteria that map heads and measured sites to them), the vocabulary (anatomy
 * sites, finding heads, studies), the assertion rules (triggers, pseudo-triggers, termination
 * terms, report section headers) and the modifier words (laterality, severity, course).
 * It is plain data, so the background compiles it once and hands it to content scripts,
 * which build the automaton from it (`createMatcher`).
 */
import rulesFile from '../../data/context-rules.json';
import { LATERALITY_WORDS, SEVERITY_WORDS } from './modifiers';
import {
  ALPHABET,
  APOSTROPHE,
  charClasses,
  classOf,
  IGNORABLE,
  singular,
  SPACE,
  symbolChar,
  WORD_OTHER,
} from './normalize';
import type { Course, Indicator, Laterality, Severity, Topic } from './schema';
import { topicUrgency, type TopicUrgency } from './urgency';
import { loadVocabulary, type Vocabulary } from './vocabulary';

/** What an assertion trigger asserts. */
export type TriggerCategory = 'negated' | 'possible' | 'historical' | 'hypothetical' | 'other';

/** A report section kind, as `data/context-rules.json` names them. */
export type SectionKind =
  | 'indication'
  | 'past-history'
  | 'family-history'
  | 'comparison'
  | 'technique'
  | 'findings'
  | 'impression'
  | 'current'
  | 'other';

/** One meaning of a phrase. A phrase can have several (a term and a site, say). */
export type PhraseEntry =
  | {
      kind: 'term';
      /** The topic; empty for a phrase that names no finding (`ContextRules.notFindings`). */
      topicId: string;
      /** The term as written, for case-sensitive abbreviations. */
      raw: string;
      caseSensitive: boolean;
      /** The urgency the term itself states, above its topic's. */
      indicator?: Indicator;
      /** The head the term ends in ("spiculated mass"): its site can overrule the topic. */
      head?: string;
    }
  | {
      /** A finding head ("cyst"): its topic is the one that claims it at its bound site. */
      kind: 'head';
      head: string;
      raw: string;
      caseSensitive: boolean;
      /** The head says its site is normal ("normal in size"): the claiming topic is absent. */
      normal?: true;
    }
  | { kind: 'trigger'; category: TriggerCategory; direction: 'pre' | 'post'; window?: number }
  | { kind: 'pseudo' }
  | { kind: 'termination' }
  | { kind: 'section'; section: SectionKind }
  | { kind: 'laterality'; value: Laterality }
  | { kind: 'severity'; value: Severity }
  | { kind: 'course'; value: Course }
  | {
      /** A site of the anatomy, by id; `raw` when it matches case-sensitively ("IVC"). */
      kind: 'site';
      site: string;
      raw?: string;
      /** The side the phrase names ("left ventricle"): it counts only after that side word. */
      side?: 'left' | 'right';
    }
  /** A part phrase shared by organs ("lower pole"): pairs [parent site, part site]. */
  | { kind: 'part'; parts: [string, string][]; side?: 'left' | 'right' }
  /** A study the report says it is ("CT of the chest"). */
  | { kind: 'study'; study: string };

/** A phrase: its words (indexes into `Lexicon.words`) and its meanings. */
export interface Phrase {
  words: number[];
  entries: PhraseEntry[];
}

/** The compiled, serialisable lexicon. */
export interface Lexicon {
  format: 'radlens-lexicon';
  version: 5;
  /** Per topic id: its urgency and what raises it. */
  urgency: Record<string, TopicUrgency>;
  /** Folded, singular vocabulary words (a-z, 0-9). */
  words: string[];
  phrases: Phrase[];
  /** Word ids that may stand inside a term without breaking it ("mildly", "left"). */
  transparent: number[];
  /** Per site id: the site it is part of, '' for none. */
  sites: Record<string, string>;
  /** The sites that take a side (paired, or part of a paired site), sorted. */
  sided: string[];
  /** The sites a finding "projecting over" them is in (see data/anatomy.json), sorted. */
  projected: string[];
  /** Per site that repeats along a region: the region, and whether it lies between levels. */
  series: Record<string, { along: string; between: boolean }>;
  /**
   * Per head id: [site id, or '' for anywhere, topic id] for every topic's claim of it; under
   * '', the sites of claims that name no head (where a topic's findings are).
   */
  claims: Record<string, [string, string][]>;
  /** Per study id: the site it images and, per head, the site a site-less head means. */
  studies: Record<string, { region: string; defaults: Record<string, string> }>;
  /** Sites whose measurement defines a topic's finding. */
  criteria: LexiconCriterion[];
}

/**
 * A measured site that is a finding: `site` (or a part of it) at `atLeast` `unit` or more, or
 * more than `atLeast` when `strict`.
 */
export interface LexiconCriterion {
  topicId: string;
  site: string;
  atLeast: number;
  unit: 'mm' | 'cm';
  strict?: true;
}

/** The rule file's shape (data/context-rules.json). */
export interface ContextRules {
  triggers: Record<TriggerCategory, { pre: string[]; post: string[] }>;
  pseudo: string[];
  termination: string[];
  sections: Record<SectionKind, string[]>;
  windows?: Record<string, number>;
  transparent?: string[];
  /** Phrases holding a topic term that name something else; they claim no topic. */
  notFindings?: string[];
  /** Phrases stating a course that lowers a finding's urgency one step. */
  courses?: Record<Course, string[]>;
}

/** The built-in assertion rules. */
export const defaultRules: ContextRules = rulesFile;

/** Longest phrase, in words, the matcher supports. */
export const MAX_PHRASE_WORDS = 16;

/**
 * The folded words of a phrase as the matcher reads text: runs of alphabet letters and
 * digits, accents and case folded, a possessive "'s" dropped, each word made singular.
 * Returns undefined when the phrase holds a letter outside the alphabet (it could never match).
 */
export function phraseWords(text: string, t: Uint8Array = charClasses()): string[] | undefined {
  const words: string[] = [];
  let word = '';
  // True while reading a word that directly follows "<word>'" (a possible possessive "s").
  let possessive = false;
  let foreign = false;
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? classOf(t, text.charCodeAt(i)) : SPACE;
    if (k < ALPHABET) {
      word += symbolChar(k);
    } else if (k === WORD_OTHER) {
      foreign = true;
      word += '?';
    } else if (k !== IGNORABLE) {
      const endedWord = word.length > 0;
      if (endedWord && !(possessive && word === 's')) words.push(singular(word));
      word = '';
      possessive = k === APOSTROPHE && endedWord;
    }
  }
  return foreign ? undefined : words;
}

/** The words of a term as written (case kept), for checking case-sensitive abbreviations. */
export function rawWords(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** What the lexicon needs of a topic. */
export type LexiconTopic = Pick<Topic, 'id' | 'terms'> &
  Partial<Pick<Topic, 'indicator' | 'indicatorBySeverity' | 'branches' | 'claims' | 'criteria'>>;

/** Builds lexicons: collects phrases and their meanings, then freezes them. */
class LexiconBuilder {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly phraseIds = new Map<string, number>();
  private readonly phrases: Phrase[] = [];

  private readonly transparent = new Set<string>();
  private readonly classes = charClasses();
  /** Per topic id: its urgency (see `Lexicon.urgency`). */
  readonly urgency: Record<string, TopicUrgency> = {};

  /** Marks words that terms may hold without them counting (see `Lexicon.transparent`). */
  setTransparent(words: readonly string[]): void {
    for (const text of words)
      for (const w of phraseWords(text, this.classes) ?? []) this.transparent.add(w);
  }

  /** `text` without its transparent words, or undefined when nothing else is left. */
  withoutTransparent(text: string): string | undefined {
    const kept = text
      .split(/\s+/)
      .filter((w) => !(phraseWords(w, this.classes) ?? []).every((x) => this.transparent.has(x)));
    return kept.length > 0 ? kept.join(' ') : undefined;
  }

  add(text: string, entry: PhraseEntry): boolean {
    let words = phraseWords(text, this.classes);
    // The matcher passes over transparent words, so a term or site holding one must not need
    // it; a site named with its side ("left lobe") keeps the side to check in the text.
    if (words && (entry.kind === 'term' || entry.kind === 'site' || entry.kind === 'part')) {
      const side = words.find((w) => w === 'left' || w === 'right');
      words = words.filter((w) => !this.transparent.has(w));
      if (side && this.transparent.has(side) && entry.kind !== 'term')
        entry = { ...entry, side: side };
    }
    if (!words || words.length === 0 || words.length > MAX_PHRASE_WORDS) return false;
    const ids = words.map((w) => {
      let id = this.wordIds.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.words.push(w);
        this.wordIds.set(w, id);
      }
      return id;
    });
    const key = ids.join(' ');
    let phraseId = this.phraseIds.get(key);
    if (phraseId === undefined) {
      phraseId = this.phrases.length;
      this.phrases.push({ words: ids, entries: [] });
      this.phraseIds.set(key, phraseId);
    }
    const entries = this.phrases[phraseId]!.entries;
    const same = JSON.stringify(entry);
    if (!entries.some((e) => JSON.stringify(e) === same)) entries.push(entry);
    return true;
  }

  /** True when `text` is already a phrase with an entry of `kind`. */
  has(text: string, kind: PhraseEntry['kind']): boolean {
    const words = phraseWords(text, this.classes)?.filter((w) => !this.transparent.has(w));
    const ids = words?.map((w) => this.wordIds.get(w));
    if (!ids || ids.length === 0 || ids.some((id) => id === undefined)) return false;
    const p = this.phraseIds.get(ids.join(' '));
    return p !== undefined && this.phrases[p]!.entries.some((e) => e.kind === kind);
  }

  build(
    rest: Pick<
      Lexicon,
      'sites' | 'sided' | 'projected' | 'series' | 'claims' | 'studies' | 'criteria'
    >,
  ): Lexicon {
    const transparent = [...this.transparent]
      .map((w) => this.wordIds.get(w))
      .filter((id): id is number => id !== undefined);
    return {
      format: 'radlens-lexicon',
      version: 5,
      urgency: this.urgency,
      words: this.words,
      phrases: this.phrases,
      transparent,
      ...rest,
    };
  }
}

/** Adds the vocabulary's phrases: sites and their shared parts, heads, studies. */
function addVocabulary(builder: LexiconBuilder, vocabulary: Vocabulary): void {
  const { anatomy } = vocabulary;
  for (const [phrase, site] of anatomy.phrases) builder.add(phrase, { kind: 'site', site });
  for (const [abbreviation, site] of anatomy.abbreviations)
    builder.add(abbreviation, { kind: 'site', site, raw: rawWords(abbreviation) });
  const parts = new Map<string, [string, string][]>();
  for (const [phrase, parent, part] of anatomy.partPhrases) {
    parts.set(phrase, [...(parts.get(phrase) ?? []), [parent, part]]);
  }
  for (const [phrase, pairs] of parts) builder.add(phrase, { kind: 'part', parts: pairs });
  for (const head of vocabulary.heads) {
    for (const phrase of head.phrases)
      builder.add(phrase, {
        kind: 'head',
        head: head.id,
        raw: rawWords(phrase),
        caseSensitive: false,
        ...(head.states === 'normal' ? { normal: true as const } : {}),
      });
    for (const phrase of head.abbreviations ?? [])
      builder.add(phrase, {
        kind: 'head',
        head: head.id,
        raw: rawWords(phrase),
        caseSensitive: true,
      });
  }
  for (const study of vocabulary.studies)
    for (const phrase of study.phrases) builder.add(phrase, { kind: 'study', study: study.id });
}

/** Compiles topics, the vocabulary and the assertion rules into a lexicon. */
export function compileLexicon(
  topics: readonly LexiconTopic[],
  rules: ContextRules = defaultRules,
  vocabulary: Vocabulary = loadVocabulary(),
): Lexicon {
  const builder = new LexiconBuilder();
  builder.setTransparent(rules.transparent ?? []);
  // Transparent words need ids even when no phrase of their own uses them.
  for (const word of rules.transparent ?? []) builder.add(word, { kind: 'pseudo' });
  addVocabulary(builder, vocabulary);
  const claims: Lexicon['claims'] = {};
  const criteria: LexiconCriterion[] = [];
  const headOfWords = new Map<string, string>();
  for (const head of vocabulary.heads)
    for (const phrase of head.phrases)
      headOfWords.set((phraseWords(phrase) ?? []).join(' '), head.id);
  const headEnding = (text: string) => {
    const words = phraseWords(text) ?? [];
    for (let k = 1; k < words.length; k++) {
      const head = headOfWords.get(words.slice(k).join(' '));
      if (head !== undefined) return head;
    }
    return undefined;
  };
  for (const topic of topics) {
    builder.urgency[topic.id] = topicUrgency(topic);
    for (const term of topic.terms) {
      // A term that is a head's phrase ("nodule") is read as the head, which claims decide.
      if (builder.has(term.text, 'head')) continue;
      const head = headEnding(term.text);
      builder.add(term.text, {
        kind: 'term',
        topicId: topic.id,
        raw: rawWords(term.text),
        caseSensitive: term.kind === 'abbreviation',
        ...(term.indicator ? { indicator: term.indicator } : {}),
        ...(head !== undefined ? { head } : {}),
      });
    }
    for (const claim of topic.claims ?? []) {
      // A claim of sites alone says where the topic's findings are ('' for its head).
      for (const head of claim.heads ?? ['']) {
        const list = (claims[head] ??= []);
        for (const site of claim.sites ?? ['']) list.push([site, topic.id]);
      }
    }
    for (const { site, atLeast, above, unit } of topic.criteria ?? [])
      criteria.push({
        topicId: topic.id,
        site,
        atLeast: atLeast ?? above!,
        unit,
        ...(atLeast === undefined ? { strict: true as const } : {}),
      });
  }
  // Claimed by no topic: as the longest match they only stop a shorter term from counting.
  const claimed = new Set(topics.flatMap((t) => t.terms.map((term) => term.text.toLowerCase())));
  for (const phrase of rules.notFindings ?? []) {
    if (claimed.has(phrase.toLowerCase())) continue;
    builder.add(phrase, {
      kind: 'term',
      topicId: '',
      raw: rawWords(phrase),
      caseSensitive: false,
    });
  }

  const windows = rules.windows ?? {};
  for (const [category, { pre, post }] of Object.entries(rules.triggers) as [
    TriggerCategory,
    { pre: string[]; post: string[] },
  ][]) {
    for (const [direction, phrases] of [
      ['pre', pre],
      ['post', post],
    ] as const) {
      for (const phrase of phrases) {
        const window = windows[phrase];
        builder.add(phrase, {
          kind: 'trigger',
          category,
          direction,
          ...(window !== undefined ? { window } : {}),
        });
      }
    }
  }
  for (const phrase of rules.pseudo) builder.add(phrase, { kind: 'pseudo' });
  for (const phrase of rules.termination) builder.add(phrase, { kind: 'termination' });
  for (const [section, phrases] of Object.entries(rules.sections) as [SectionKind, string[]][]) {
    for (const phrase of phrases) builder.add(phrase, { kind: 'section', section });
  }
  for (const [word, value] of Object.entries(LATERALITY_WORDS)) {
    builder.add(word, { kind: 'laterality', value });
  }
  for (const [word, value] of Object.entries(SEVERITY_WORDS)) {
    builder.add(word, { kind: 'severity', value });
  }
  for (const [value, phrases] of Object.entries(rules.courses ?? {}) as [Course, string[]][]) {
    for (const phrase of phrases) builder.add(phrase, { kind: 'course', value });
  }
  const sites: Record<string, string> = {};
  const series: Lexicon['series'] = {};
  for (const [id, site] of vocabulary.anatomy.sites) {
    sites[id] = site.partOf ?? '';
    if (site.series)
      series[id] = { along: site.series.along, between: site.series.between ?? false };
  }
  const sided = [...vocabulary.anatomy.sites.values()]
    .filter((site) => site.sided)
    .map((site) => site.id)
    .sort();
  const projected = [...vocabulary.anatomy.sites.values()]
    .filter((site) => site.projection === true)
    .map((site) => site.id)
    .sort();
  const studies: Lexicon['studies'] = {};
  for (const study of vocabulary.studies)
    studies[study.id] = { region: study.region, defaults: { ...study.defaults } };
  return builder.build({ sites, sided, projected, series, claims, studies, criteria });
}
