/**
 * The badge's figures for a page, kept up to date as findings come and go: how many distinct
 * topics are present (the badge number) and how many mentions there are in all. An update
 * changes the figures by what it dropped and added, instead of counting the page again.
 */
import type { Finding } from './schema';

export class FindingTally {
  /** Present mentions per topic. */
  readonly #present = new Map<string, number>();
  #total = 0;

  /** Distinct topics with at least one present mention. */
  get present(): number {
    return this.#present.size;
  }

  /** Mentions of any status. */
  get total(): number {
    return this.#total;
  }

  add(findings: Iterable<Finding>): void {
    for (const f of findings) {
      this.#total++;
      if (f.status === 'present')
        this.#present.set(f.topicId, (this.#present.get(f.topicId) ?? 0) + 1);
    }
  }

  remove(findings: Iterable<Finding>): void {
    for (const f of findings) {
      this.#total--;
      if (f.status !== 'present') continue;
      const left = (this.#present.get(f.topicId) ?? 0) - 1;
      if (left > 0) this.#present.set(f.topicId, left);
      else this.#present.delete(f.topicId);
    }
  }

  clear(): void {
    this.#present.clear();
    this.#total = 0;
  }
}
