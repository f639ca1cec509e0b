/**
 * A topic's management summary: bottom line first, then graded recommendations (action as
 * icon and word, strength and evidence as badges with a legend), decision branches (the one
 * that fits the finding's measured size highlighted), pitfalls, the user's note, related
 * topics, references with PubMed / DOI links, the reviewed date and the educational notice.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { branchesFor } from '../utils/core/branches';
import { gradeSource } from '../utils/core/grading';
import type { Recommendation, Reference, Topic } from '../utils/core/schema';
import { topicSummaryText } from '../utils/core/summary';
import {
  ACTION_LABEL,
  EVIDENCE_LABEL,
  EVIDENCE_MEANING,
  INDICATOR_LABEL,
  STRENGTH_LABEL,
  STRENGTH_MEANING,
} from './labels';

/** Props of TopicView. */
export interface TopicViewProps {
  topic: Topic;
  titles: ReadonlyMap<string, string>;
  /** Sizes of the finding that opened the topic ("6 mm"), to point at the fitting branch. */
  sizes?: readonly string[];
  onOpen: (topicId: string) => void;
  /** Puts text on the clipboard; resolves false when it could not. */
  onCopy: (text: string) => Promise<boolean>;
  /** The note editor, shown under the recommendations. */
  children?: ComponentChildren;
}

/** Reference numbers as the list at the bottom numbers them. */
function RefMarks({ refs, order }: { refs: readonly string[]; order: Map<string, number> }) {
  const numbers = refs.map((r) => order.get(r)).filter((n) => n !== undefined);
  if (numbers.length === 0) return null;
  return (
    <sup class="refs">
      <span class="visually-hidden">References </span>
      {numbers.join(', ')}
    </sup>
  );
}

/** A recommendation or branch: action, its text (children), references, strength, evidence. */
function GradedItem({
  item,
  order,
  children,
  highlight,
  references,
}: {
  item: Pick<Recommendation, 'action' | 'strength' | 'evidence' | 'refs' | 'gradedBy' | 'grade'>;
  order: Map<string, number>;
  children: ComponentChildren;
  highlight?: string;
  /** The topic's references, to name the grade's source. */
  references: readonly Reference[];
}) {
  const action = ACTION_LABEL[item.action];
  const source = gradeSource(item, references);
  return (
    <li
      class={`rec action-${item.action}${highlight ? ' branch-match' : ''}`}
      aria-current={highlight ? 'true' : undefined}
    >
      <span class="action">
        <span aria-hidden="true" class="action-icon">
          {action.icon}
        </span>{' '}
        {action.word}
      </span>
      <span class="rec-text">
        {highlight && <span class="match-tag">{highlight}</span>}
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
        {source && <span class="graded-by">Graded by {source}</span>}
      </span>
    </li>
  );
}

/** An external link that opens in a new tab, and only when clicked. */
function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
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
      {reference.pmid && (
        <>
          {' '}
          <ExternalLink href={`https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`}>
            PubMed {reference.pmid}
          </ExternalLink>
        </>
      )}
      {reference.doi && (
        <>
          {' '}
          <ExternalLink href={`https://doi.org/${reference.doi}`}>doi:{reference.doi}</ExternalLink>
        </>
      )}
      {reference.url && !reference.pmid && !reference.doi && (
        <>
          {' '}
          <ExternalLink href={reference.url}>Link</ExternalLink>
        </>
      )}
    </li>
  );
}

/** One scale of the legend: each value's badge and what it means. */
function Scale<K extends string>(props: {
  title: string;
  kind: 'strength' | 'evidence';
  labels: Record<K, string>;
  meanings: Record<K, string>;
}) {
  return (
    <>
      <h3>{props.title}</h3>
      <dl>
        {(Object.keys(props.meanings) as K[]).map((key) => (
          <div key={key}>
            <dt>
              <span class={`badge ${props.kind}-${key}`}>{props.labels[key]}</span>
            </dt>
            <dd>{props.meanings[key]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** What the badges mean. */
function Legend() {
  return (
    <details class="legend">
      <summary>What the badges mean</summary>
      <Scale
        title="Strength of recommendation"
        kind="strength"
        labels={STRENGTH_LABEL}
        meanings={STRENGTH_MEANING}
      />
      <Scale
        title="Quality of evidence"
        kind="evidence"
        labels={EVIDENCE_LABEL}
        meanings={EVIDENCE_MEANING}
      />
    </details>
  );
}

function CopySummary({ topic, onCopy }: { topic: Topic; onCopy: TopicViewProps['onCopy'] }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | undefined>(undefined);
  const copy = async () => {
    const ok = await onCopy(topicSummaryText(topic));
    setCopied(ok ? 'copied' : 'failed');
    setTimeout(() => setCopied(undefined), 2500);
  };
  return (
    <span class="copy-summary">
      <button type="button" class="secondary" onClick={() => void copy()}>
        Copy summary
      </button>
      <span role="status" class="copy-status">
        {copied === 'copied'
          ? 'Copied for a clinical note'
          : copied === 'failed'
            ? 'Could not copy'
            : ''}
      </span>
    </span>
  );
}

/** A part of the topic under its heading; the heading also names the region for screen readers. */
function TopicPart({
  name,
  title,
  children,
}: {
  name: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class={name} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Shows one topic completely. */
export function TopicView({ topic, titles, sizes, onOpen, onCopy, children }: TopicViewProps) {
  const order = new Map(topic.references.map((r, i) => [r.id, i + 1]));
  const measured = sizes && sizes.length > 0 ? sizes.join(', ') : undefined;
  const fits = branchesFor(topic, { sizes });
  return (
    <article class={`topic indicator-${topic.indicator}`} aria-labelledby="topic-title">
      <header>
        <p class="category">
          <span class="indicator-dot" aria-hidden="true" /> {topic.category}
          <span class="indicator-word"> · {INDICATOR_LABEL[topic.indicator]}</span>
        </p>
        <h1 id="topic-title" tabIndex={-1}>
          {topic.title}
        </h1>
        <p class="question">{topic.question}</p>
        <CopySummary topic={topic} onCopy={onCopy} />
      </header>
      <section class="bottom-line" aria-labelledby="bottom-line-title">
        <h2 id="bottom-line-title">Bottom line</h2>
        <p>{topic.bottomLine}</p>
      </section>
      <Legend />
      {topic.sections.map((section) => (
        <TopicPart key={section.title} name="recommendations" title={section.title}>
          <ul>
            {section.items.map((item, i) => (
              <GradedItem key={i} item={item} order={order} references={topic.references}>
                {item.text}
              </GradedItem>
            ))}
          </ul>
        </TopicPart>
      ))}
      {topic.branches.map((group, g) => {
        const matches = new Set(fits[g]);
        return (
          <TopicPart key={group.title} name="branches" title={group.title}>
            <p class="basis">Based on: {group.basis}</p>
            <ul>
              {group.branches.map((branch, i) => (
                <GradedItem
                  key={i}
                  item={branch}
                  order={order}
                  references={topic.references}
                  highlight={matches.has(i) ? `Fits ${measured} on this page` : undefined}
                >
                  <strong class="condition">{branch.condition}:</strong> {branch.recommendation}
                </GradedItem>
              ))}
            </ul>
          </TopicPart>
        );
      })}
      {topic.pitfalls.length > 0 && (
        <TopicPart name="pitfalls" title="Pitfalls">
          <ul>
            {topic.pitfalls.map((p, i) => (
              <li key={i}>
                {p.text}
                <RefMarks refs={p.refs} order={order} />
              </li>
            ))}
          </ul>
        </TopicPart>
      )}
      {children}
      {(topic.related.length > 0 || topic.relatedQuestions.length > 0) && (
        <TopicPart name="related" title="Related">
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
        </TopicPart>
      )}
      {topic.references.length > 0 && (
        <TopicPart name="references" title="References">
          <ol>
            {topic.references.map((r) => (
              <ReferenceItem key={r.id} reference={r} />
            ))}
          </ol>
        </TopicPart>
      )}
      <footer class="notice">
        Reviewed {topic.reviewed}. Educational summary for clinicians; it does not replace clinical
        judgement or the full guidelines.
      </footer>
    </article>
  );
}
