/**
 * The badge's figures for a page, kept up to date as findings come and go: how many distinct
 * topics are present (the badge number), the most urgent present mention (its colour) and how
 * many mentions there are in all. An update
 * changes the figures by what it dropped and added, instead of counting the page again.
 */
import type { Finding, Indicator } from './schema';

export class FindingTally {
  /** Present mentions per topic. */
  readonly #present = new Map<string, number>();
  /** Present mentions per urgency. */
  readonly #urgent: Record<Indicator, number> = { critical: 0, warning: 0, info: 0 };
  #total = 0;

  /** Distinct topics with at least one present mention. */
  get present(): number {
    return this.#present.size;
  }

  /** The urgency of the most urgent present mention ('info' when there is none). */
  get urgency(): Indicator {
    return this.#urgent.critical > 0 ? 'critical' : this.#urgent.warning > 0 ? 'warning' : 'info';
  }

  /** Mentions of any status. */
  get total(): number {
    return this.#total;
  }

  add(findings: Iterable<Finding>): void {
    for (const f of findings) {
      this.#total++;
      if (f.status !== 'present') continue;
      this.#present.set(f.topicId, (this.#present.get(f.topicId) ?? 0) + 1);
      this.#urgent[f.indicator]++;
    }
  }

  remove(findings: Iterable<Finding>): void {
    for (const f of findings) {
      this.#total--;
      if (f.status !== 'present') continue;
      this.#urgent[f.indicator]--;
      const left = (this.#present.get(f.topicId) ?? 0) - 1;
      if (left > 0) this.#present.set(f.topicId, left);
      else this.#present.delete(f.topicId);
    }
  }

  clear(): void {
    this.#present.clear();
    this.#urgent.critical = this.#urgent.warning = this.#urgent.info = 0;
    this.#total = 0;
  }
}
