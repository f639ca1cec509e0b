/**
 * What a frame has told the side panels about its mentions: which mentions they know (each
 * mention keeps the block order it was told with), and per status and topic the first
 * mention in document order (the panel shows that one in its sentence). From the scanner's changes it works out what
 * the panels need to hear: the mentions added or changed, and the ids removed.
 */
import type { Finding } from '../core/schema';
import type { LocatedFinding, PageFindings } from './located';

/** What the panels need to hear after a change. */
export interface LedgerChange {
  /** New or changed mentions (a changed one replaces the mention with its id). */
  added: LocatedFinding[];
  /** Ids of mentions that are gone. */
  removed: string[];
}

/** A mention the panels were told, now withdrawn, with the block order it was told with. */
interface Withdrawn {
  mention: LocatedFinding;
  order: number;
}

/** The key of a mention's finding group: status and topic. */
const groupOf = (f: Finding) => `${f.status}\u0000${f.topicId}`;

/** True when `a` comes before `b` in the page. */
const before = (a: LocatedFinding, b: LocatedFinding) =>
  a.segment.order < b.segment.order ||
  (a.segment.order === b.segment.order && a.finding.start < b.finding.start);

/** True when two findings say the same (every field, sizes by value). */
export function sameFinding(a: Finding, b: Finding): boolean {
  const keys = Object.keys(a) as (keyof Finding)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

/**
 * The mentions a frame has reported, and what a change means for the panels. What was told
 * is kept on each mention (`toldOrder`), not in a map of its own: a page holds tens of
 * thousands of mentions, and the ledger only needs the first of each group.
 */
export class MentionLedger {
  /** Per finding group, its first mention in document order. */
  readonly #first = new Map<string, LocatedFinding>();
  /** Per finding group, how many of its mentions the panels know. */
  readonly #counts = new Map<string, number>();
  #size = 0;

  /** `page` is the frame's page as last read, where a group's first mention is found again. */
  constructor(private readonly page: () => PageFindings) {}

  /** Mentions the panels know. */
  get size(): number {
    return this.#size;
  }

  /** True when `mention` is the first of its finding group in the page. */
  isFirst(mention: LocatedFinding): boolean {
    return this.#first.get(groupOf(mention.finding)) === mention;
  }

  /** Takes a change (mentions gone, mentions come) and says what the panels need to hear. */
  apply(gone: readonly LocatedFinding[], came: readonly LocatedFinding[]): LedgerChange {
    const firstIds = new Map<string, string | undefined>();
    const touch = (group: string) => {
      if (!firstIds.has(group)) firstIds.set(group, this.#first.get(group)?.id);
    };
    const stale = new Set<string>();
    const removed = new Map<string, Withdrawn>();
    for (const mention of gone) {
      // Not told, or already withdrawn (its id may already name its successor).
      if (mention.toldOrder === undefined) continue;
      removed.set(mention.id, { mention, order: mention.toldOrder });
      mention.toldOrder = undefined;
      this.#size--;
      const group = groupOf(mention.finding);
      this.#counts.set(group, this.#counts.get(group)! - 1);
      touch(group);
      if (this.#first.get(group) === mention) stale.add(group);
    }
    const added: LocatedFinding[] = [];
    for (const mention of came) {
      const id = mention.id;
      const order = mention.segment.order;
      const old = removed.get(id);
      const group = groupOf(mention.finding);
      if (mention.toldOrder === undefined) {
        this.#size++;
        this.#counts.set(group, (this.#counts.get(group) ?? 0) + 1);
      }
      mention.toldOrder = order;
      touch(group);
      if (!stale.has(group)) {
        const first = this.#first.get(group);
        if (!first || before(mention, first)) this.#first.set(group, mention);
      }
      removed.delete(id);
      if (old && old.order === order && sameFinding(old.mention.finding, mention.finding)) continue;
      added.push(mention);
    }
    if (stale.size > 0) this.#findFirsts(stale);
    const told = new Set(added);
    for (const [group, id] of firstIds) {
      const first = this.#first.get(group);
      if (first && first.id !== id && !told.has(first)) added.push(first);
    }
    return { added, removed: [...removed.keys()] };
  }

  /** Withdraws every mention of `mentions` the panels know; returns their ids. */
  clear(mentions: Iterable<LocatedFinding>): string[] {
    const ids: string[] = [];
    for (const mention of mentions) {
      if (mention.toldOrder === undefined) continue;
      mention.toldOrder = undefined;
      ids.push(mention.id);
    }
    this.#first.clear();
    this.#counts.clear();
    this.#size = 0;
    return ids;
  }

  /**
   * Finds the first mention of each of `groups` again: blocks come in document order, so the
   * walk stops once every group has one (most groups' first mentions are near the top), and a
   * group with no mention left is not looked for. Mentions are matched by status and topic
   * without building a key for each.
   */
  #findFirsts(groups: ReadonlySet<string>): void {
    const missing = new Map<string, Set<string>>();
    let left = 0;
    for (const group of groups) {
      this.#first.delete(group);
      if (this.#counts.get(group) === 0) {
        this.#counts.delete(group);
        continue;
      }
      left++;
      const [status, topicId] = group.split('\u0000') as [string, string];
      let topics = missing.get(status);
      if (!topics) missing.set(status, (topics = new Set()));
      topics.add(topicId);
    }
    if (left === 0) return;
    for (const segment of this.page().segments) {
      const settled: string[] = [];
      for (const mention of segment.findings) {
        const { status, topicId, start } = mention.finding;
        if (!missing.get(status)?.has(topicId)) continue;
        const group = groupOf(mention.finding);
        const current = this.#first.get(group);
        if (!current) settled.push(group);
        if (!current || start < current.finding.start) this.#first.set(group, mention);
      }
      // A block's mentions may come in any order: a group is settled at the end of its block.
      for (const group of settled) {
        const [status, topicId] = group.split('\u0000') as [string, string];
        missing.get(status)!.delete(topicId);
        left--;
      }
      if (left === 0) return;
    }
  }
}
