/** The findings of the current page, grouped by status, each opening its topic. */
import type { FindingStatus } from '../utils/core/schema';
import { STATUS_LABEL, STATUS_ORDER } from './labels';

/** One topic's mentions with one status. */
export interface FindingListGroup {
  topicId: string;
  title: string;
  status: FindingStatus;
  mentions: { text: string; laterality?: string; severity?: string; sizes?: string[] }[];
}

/** Props of FindingList. */
export interface FindingListProps {
  groups: readonly FindingListGroup[];
  onOpen: (topicId: string) => void;
}

/** Distinct values of one modifier across a group's mentions. */
function chips(group: FindingListGroup): string[] {
  const values = new Set<string>();
  for (const m of group.mentions) {
    if (m.severity) values.add(m.severity);
    if (m.laterality) values.add(m.laterality);
    for (const size of m.sizes ?? []) values.add(size);
  }
  return [...values];
}

/** Lists findings by status: present first, absent last. */
export function FindingList({ groups, onOpen }: FindingListProps) {
  return (
    <div class="finding-list">
      {STATUS_ORDER.map((status) => {
        const inStatus = groups.filter((g) => g.status === status);
        if (inStatus.length === 0) return null;
        return (
          <section
            key={status}
            class={`status-group status-${status}`}
            aria-label={STATUS_LABEL[status]}
          >
            <h2>
              {STATUS_LABEL[status]} <span class="count">{inStatus.length}</span>
            </h2>
            <ul>
              {inStatus.map((group) => (
                <li key={group.topicId}>
                  <button
                    type="button"
                    class="finding"
                    data-topic-id={group.topicId}
                    data-status={status}
                    onClick={() => onOpen(group.topicId)}
                  >
                    <span class="finding-title">{group.title}</span>
                    <span class="finding-text">
                      “{group.mentions[0]!.text.replace(/\s+/g, ' ')}”
                    </span>
                    <span class="chips">
                      {chips(group).map((chip) => (
                        <span key={chip} class="chip">
                          {chip}
                        </span>
                      ))}
                      {group.mentions.length > 1 && (
                        <span class="chip chip-count">×{group.mentions.length}</span>
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
