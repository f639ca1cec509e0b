/**
 * The findings of the current page, grouped by status: present first, then possible, then
 * historical and other, then absent (collapsed), the most urgent first in each. Each finding
 * shows its topic, the mention in its sentence, severity / place / size chips, its own urgency
 * (colour, and in words when critical or when the report's wording changed it) and how often
 * it occurs; it opens its topic, and "Show in page" scrolls the page to the mention.
 */
import type { FindingStatus, Indicator } from '../utils/core/schema';
import { byUrgency } from '../utils/core/urgency';
import { INDICATOR_LABEL, STATUS_LABEL, STATUS_ORDER } from './labels';
import { placeOf } from './site-label';

/** A mention as the list needs it. */
export interface FindingListMention {
  text: string;
  laterality?: string;
  /** Anatomy id of the mention's site. */
  site?: string;
  severity?: string;
  sizes?: string[];
  context?: { before: string; after: string };
}

/** One topic's mentions with one status. */
export interface FindingListGroup<M extends FindingListMention = FindingListMention> {
  topicId: string;
  title: string;
  indicator: Indicator;
  /** Why the urgency differs from the topic's, when it does. */
  urgencyNote?: string;
  status: FindingStatus;
  /** Titles of the topics the report names as alternatives to this one ("A versus B"). */
  alternatives?: string[];
  mentions: M[];
}

/** Props of FindingList. */
export interface FindingListProps<M extends FindingListMention> {
  groups: readonly FindingListGroup<M>[];
  onOpen: (group: FindingListGroup<M>) => void;
  onShow: (mention: M) => void;
}

/** Distinct values of one group's modifiers: severity, then place (or side), then sizes. */
function chips(group: FindingListGroup): string[] {
  const values = new Set<string>();
  for (const m of group.mentions) if (m.severity) values.add(m.severity);
  for (const m of group.mentions) {
    const place = placeOf(m);
    if (place) values.add(place);
    else if (m.laterality) values.add(m.laterality);
  }
  for (const m of group.mentions) for (const size of m.sizes ?? []) values.add(size);
  return [...values];
}

/** The mention in its sentence, the mention itself emphasised. */
function Mention({ mention }: { mention: FindingListMention }) {
  const text = mention.text.replace(/\s+/g, ' ');
  if (!mention.context) return <span class="finding-text">“{text}”</span>;
  return (
    <span class="finding-text">
      {mention.context.before}
      <mark>{text}</mark>
      {mention.context.after}
    </span>
  );
}

function Group<M extends FindingListMention>({
  group,
  onOpen,
  onShow,
}: {
  group: FindingListGroup<M>;
  onOpen: (group: FindingListGroup<M>) => void;
  onShow: (mention: M) => void;
}) {
  const first = group.mentions[0]!;
  const count = group.mentions.length;
  return (
    <li class={`finding-row indicator-${group.indicator}`}>
      <button
        type="button"
        class="finding"
        data-topic-id={group.topicId}
        data-status={group.status}
        onClick={() => onOpen(group)}
        aria-label={`${group.title}: ${STATUS_LABEL[group.status]}${count > 1 ? `, ${count} mentions` : ''}. Open topic.`}
      >
        <span class="finding-head">
          <span class="indicator-dot" title={INDICATOR_LABEL[group.indicator]} aria-hidden="true" />
          <span class="finding-title">{group.title}</span>
          {count > 1 && (
            <span class="chip chip-count" title={`${count} mentions on this page`}>
              ×{count}
            </span>
          )}
        </span>
        {(group.indicator === 'critical' || group.urgencyNote) && (
          <span class="urgency-note">{group.urgencyNote ?? INDICATOR_LABEL[group.indicator]}</span>
        )}
        <Mention mention={first} />
        {group.alternatives && group.alternatives.length > 0 && (
          <span class="alternatives">Differential with {group.alternatives.join(', ')}</span>
        )}
        {chips(group).length > 0 && (
          <span class="chips">
            {chips(group).map((chip) => (
              <span key={chip} class="chip">
                {chip}
              </span>
            ))}
          </span>
        )}
      </button>
      <button
        type="button"
        class="show-in-page"
        onClick={() => onShow(first)}
        aria-label={`Show “${first.text.replace(/\s+/g, ' ')}” in the page`}
        title="Show in page"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <circle cx="8" cy="8" r="1.8" fill="currentColor" />
        </svg>
        Show
      </button>
    </li>
  );
}

/** Lists findings by status: present first, absent last and collapsed. */
export function FindingList<M extends FindingListMention>({
  groups,
  onOpen,
  onShow,
}: FindingListProps<M>) {
  // Absent findings are collapsed, unless there is nothing else to show.
  const onlyAbsent = groups.every((g) => g.status === 'absent');
  return (
    <div class="finding-list">
      {STATUS_ORDER.map((status) => {
        // Most urgent first; within one urgency, in the page's order (a stable sort).
        const inStatus = groups
          .filter((g) => g.status === status)
          .sort((a, b) => byUrgency(a.indicator, b.indicator));
        if (inStatus.length === 0) return null;
        const list = (
          <ul>
            {inStatus.map((group) => (
              <Group key={group.topicId} group={group} onOpen={onOpen} onShow={onShow} />
            ))}
          </ul>
        );
        const heading = (
          <>
            {STATUS_LABEL[status]} <span class="count">{inStatus.length}</span>
          </>
        );
        if (status === 'absent') {
          return (
            <details
              key={status}
              class={`status-group status-${status}`}
              aria-label={STATUS_LABEL[status]}
              open={onlyAbsent}
            >
              <summary>
                <h2>{heading}</h2>
              </summary>
              {list}
            </details>
          );
        }
        return (
          <section
            key={status}
            class={`status-group status-${status}`}
            aria-label={STATUS_LABEL[status]}
          >
            <h2>{heading}</h2>
            {list}
          </section>
        );
      })}
    </div>
  );
}
