/**
 * What a frame has told the side panels about its mentions: each by id, with the block
 * order it was told with, and per status and topic the first mention in document order
 * (the panel shows that one in its sentence). From the scanner's changes it works out what
 * the panels need to hear: the mentions added or changed, and the ids removed.
 */
import type { Finding } from '../core/schema';
import type { LocatedFinding } from './located';

/** What the panels need to hear after a change. */
export interface LedgerChange {
  /** New or changed mentions (a changed one replaces the mention with its id). */
  added: LocatedFinding[];
  /** Ids of mentions that are gone. */
  removed: string[];
}

interface Entry {
  mention: LocatedFinding;
  /** The block order the mention was told with. */
  order: number;
  group: string;
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

/** The mentions a frame has reported, and what a change means for the panels. */
export class MentionLedger {
  readonly #entries = new Map<string, Entry>();
  /** Per finding group, its first mention in document order. */
  readonly #first = new Map<string, LocatedFinding>();

  /** Mentions known. */
  get size(): number {
    return this.#entries.size;
  }

  /** The mention with id `id`, if it is in the page. */
  get(id: string): LocatedFinding | undefined {
    return this.#entries.get(id)?.mention;
  }

  /** Every mention known (in no particular order). */
  mentions(): LocatedFinding[] {
    return [...this.#entries.values()].map((e) => e.mention);
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
    const removed = new Map<string, Entry>();
    for (const mention of gone) {
      const entry = this.#entries.get(mention.id);
      // Only the entry of this very mention: the id may already name its successor.
      if (!entry || entry.mention !== mention) continue;
      this.#entries.delete(mention.id);
      removed.set(mention.id, entry);
      touch(entry.group);
      if (this.#first.get(entry.group) === mention) stale.add(entry.group);
    }
    const added: LocatedFinding[] = [];
    for (const mention of came) {
      const old = removed.get(mention.id) ?? this.#entries.get(mention.id);
      const order = mention.segment.order;
      const group = groupOf(mention.finding);
      this.#entries.set(mention.id, { mention, order, group });
      touch(group);
      if (!stale.has(group)) {
        const first = this.#first.get(group);
        if (!first || before(mention, first)) this.#first.set(group, mention);
      }
      removed.delete(mention.id);
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

  /** Forgets every mention; returns their ids. */
  clear(): string[] {
    const ids = [...this.#entries.keys()];
    this.#entries.clear();
    this.#first.clear();
    return ids;
  }

  /** Finds the first mention of each of `groups` again, over every mention. */
  #findFirsts(groups: ReadonlySet<string>): void {
    for (const group of groups) this.#first.delete(group);
    for (const { mention, group } of this.#entries.values()) {
      if (!groups.has(group)) continue;
      const current = this.#first.get(group);
      if (!current || before(mention, current)) this.#first.set(group, mention);
    }
  }
}
