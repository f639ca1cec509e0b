/** A topic's management summary: bottom line, graded recommendations, pitfalls, references. */
import type { ComponentChildren } from 'preact';
import type { Recommendation, Reference, Topic } from '../utils/core/schema';
import { ACTION_LABEL, EVIDENCE_LABEL, STRENGTH_LABEL } from './labels';

/** Props of TopicView. */
export interface TopicViewProps {
  topic: Topic;
  titles: ReadonlyMap<string, string>;
  onBack: () => void;
  onOpen: (topicId: string) => void;
}

/** Reference numbers as the list at the bottom numbers them. */
function RefMarks({ refs, order }: { refs: readonly string[]; order: Map<string, number> }) {
  if (refs.length === 0) return null;
  return (
    <sup class="refs" aria-label="References">
      {refs
        .map((r) => order.get(r))
        .filter((n) => n !== undefined)
        .join(', ')}
    </sup>
  );
}

/** A recommendation or branch: action, its text (children), references, strength, evidence. */
function GradedItem({
  item,
  order,
  children,
}: {
  item: Pick<Recommendation, 'action' | 'strength' | 'evidence' | 'refs'>;
  order: Map<string, number>;
  children: ComponentChildren;
}) {
  const action = ACTION_LABEL[item.action];
  return (
    <li class={`rec action-${item.action}`}>
      <span class="action" title={action.word}>
        <span aria-hidden="true">{action.icon}</span> {action.word}
      </span>
      <span class="rec-text">
        {children}
        <RefMarks refs={item.refs} order={order} />
      </span>
      <span class="grades">
        <span class={`badge strength-${item.strength}`}>
          Strength: {STRENGTH_LABEL[item.strength]}
        </span>
        <span class={`badge evidence-${item.evidence}`}>
          Evidence: {EVIDENCE_LABEL[item.evidence]}
        </span>
      </span>
    </li>
  );
}

function ReferenceItem({ reference }: { reference: Reference }) {
  return (
    <li id={`ref-${reference.id}`}>
      <span class="ref-kind">{reference.kind}</span>{' '}
      {reference.authors ? `${reference.authors} ` : ''}
      <cite>{reference.title}</cite>
      {/[.?!]$/.test(reference.title) ? ' ' : '. '}
      {reference.source}, {reference.year}.
      {reference.pmid && <span class="ref-id"> PMID {reference.pmid}.</span>}
      {reference.doi && <span class="ref-id"> doi:{reference.doi}</span>}
    </li>
  );
}

/** Shows one topic completely. */
export function TopicView({ topic, titles, onBack, onOpen }: TopicViewProps) {
  const order = new Map(topic.references.map((r, i) => [r.id, i + 1]));
  return (
    <article class={`topic indicator-${topic.indicator}`} aria-labelledby="topic-title">
      <button type="button" class="back" onClick={onBack}>
        ← Findings
      </button>
      <header>
        <p class="category">{topic.category}</p>
        <h1 id="topic-title">{topic.title}</h1>
        <p class="question">{topic.question}</p>
      </header>
      <section class="bottom-line" aria-label="Bottom line">
        <h2>Bottom line</h2>
        <p>{topic.bottomLine}</p>
      </section>
      {topic.sections.map((section) => (
        <section key={section.title} class="recommendations">
          <h2>{section.title}</h2>
          <ul>
            {section.items.map((item, i) => (
              <GradedItem key={i} item={item} order={order}>
                {item.text}
              </GradedItem>
            ))}
          </ul>
        </section>
      ))}
      {topic.branches.map((group) => (
        <section key={group.title} class="branches" aria-label={group.title}>
          <h2>{group.title}</h2>
          <p class="basis">Based on: {group.basis}</p>
          <ul>
            {group.branches.map((branch, i) => (
              <GradedItem key={i} item={branch} order={order}>
                <strong class="condition">{branch.condition}:</strong> {branch.recommendation}
              </GradedItem>
            ))}
          </ul>
        </section>
      ))}
      {topic.pitfalls.length > 0 && (
        <section class="pitfalls">
          <h2>Pitfalls</h2>
          <ul>
            {topic.pitfalls.map((p, i) => (
              <li key={i}>
                {p.text}
                <RefMarks refs={p.refs} order={order} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {(topic.related.length > 0 || topic.relatedQuestions.length > 0) && (
        <section class="related">
          <h2>Related</h2>
          <ul>
            {topic.related.map((id) => (
              <li key={id}>
                <button type="button" class="link" onClick={() => onOpen(id)}>
                  {titles.get(id) ?? id}
                </button>
              </li>
            ))}
            {topic.relatedQuestions.map((q) => (
              <li key={q} class="related-question">
                {q}
              </li>
            ))}
          </ul>
        </section>
      )}
      {topic.references.length > 0 && (
        <section class="references">
          <h2>References</h2>
          <ol>
            {topic.references.map((r) => (
              <ReferenceItem key={r.id} reference={r} />
            ))}
          </ol>
        </section>
      )}
      <footer class="notice">
        Reviewed {topic.reviewed}. Educational summary for clinicians; it does not replace clinical
        judgement or the full guidelines.
      </footer>
    </article>
  );
}
