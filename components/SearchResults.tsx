/** Search results as a listbox the search box drives with the arrow keys. */

/** One result. */
export interface SearchResultItem {
  topicId: string;
  title: string;
  detail?: string;
}

/** Props of SearchResults. */
export interface SearchResultsProps {
  query: string;
  hits: readonly SearchResultItem[];
  /** Index of the option the arrow keys point at. */
  active: number;
  /** Set when a page selection was looked up and nothing matched. */
  missed?: string;
  onOpen: (topicId: string) => void;
}

/** The id of the option at `index`, for aria-activedescendant. */
export const optionId = (index: number) => `search-option-${index}`;

/** Lists the topics that match the query. */
export function SearchResults({ query, hits, active, missed, onOpen }: SearchResultsProps) {
  return (
    <section class="search-results" aria-label="Search results">
      {missed !== undefined && (
        <p class="lookup-miss" role="status">
          No topic matches “{missed}”. Edit the search above to try other words.
        </p>
      )}
      {query.trim() === '' ? (
        <p class="empty">Type a finding, a synonym or an abbreviation (e.g. “PTX”, “Bosniak”).</p>
      ) : hits.length === 0 ? (
        <p class="empty" role="status">
          Nothing found for “{query.trim()}”.
        </p>
      ) : (
        <ul id="search-results" role="listbox" aria-label="Matching topics">
          {hits.map((hit, i) => (
            <li
              key={hit.topicId}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'hit active' : 'hit'}
              data-topic-id={hit.topicId}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onOpen(hit.topicId)}
            >
              <span class="hit-title">{hit.title}</span>
              {hit.detail && <span class="hit-detail">{hit.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
