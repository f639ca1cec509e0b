/**
 * The panel's top bar: back and forward between places, the Findings and Notes views, and
 * the search box (a combobox whose results the arrow keys walk through).
 */
import { optionId } from './SearchResults';

/** The views the bar switches between. */
export type PanelView = 'findings' | 'notes' | 'search' | 'topic';

/** Props of PanelBar. */
export interface PanelBarProps {
  view: PanelView;
  canBack: boolean;
  canForward: boolean;
  query: string;
  /** Number of results, and the one the arrow keys point at. */
  hitCount: number;
  active: number;
  onBack: () => void;
  onForward: () => void;
  onView: (view: 'findings' | 'notes') => void;
  onQuery: (query: string) => void;
  onActive: (index: number) => void;
  onChoose: () => void;
  onEscape: () => void;
  /** Present findings on the page, for the Findings tab's count. */
  findingCount: number;
}

/** A history step (back or forward), as an icon button. */
function HistoryButton(props: {
  label: string;
  arrow: string;
  onClick: () => void;
  enabled: boolean;
}) {
  return (
    <button
      type="button"
      class="icon"
      onClick={props.onClick}
      disabled={!props.enabled}
      aria-label={props.label}
      title={props.label}
    >
      <span aria-hidden="true">{props.arrow}</span>
    </button>
  );
}

/** A tab that switches to a view, with a count beside its name when there is one. */
function ViewTab(props: {
  label: string;
  tab: 'findings' | 'notes';
  view: PanelView;
  onView: PanelBarProps['onView'];
  count?: number;
}) {
  const { tab, count } = props;
  return (
    <button
      type="button"
      class="tab"
      aria-current={props.view === tab ? 'page' : undefined}
      onClick={() => props.onView(tab)}
    >
      {props.label}
      {count !== undefined && count > 0 && <span class="tab-count">{count}</span>}
    </button>
  );
}

/** The top bar. */
export function PanelBar(props: PanelBarProps) {
  const { view, hitCount, active } = props;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hitCount > 0) {
      e.preventDefault();
      props.onActive((active + 1) % hitCount);
    } else if (e.key === 'ArrowUp' && hitCount > 0) {
      e.preventDefault();
      props.onActive((active - 1 + hitCount) % hitCount);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onChoose();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onEscape();
    }
  };
  const searching = view === 'search' && hitCount > 0;
  return (
    <header class="panel-bar">
      <div class="bar-row">
        <nav class="history" aria-label="History">
          <HistoryButton label="Back" arrow="←" onClick={props.onBack} enabled={props.canBack} />
          <HistoryButton
            label="Forward"
            arrow="→"
            onClick={props.onForward}
            enabled={props.canForward}
          />
        </nav>
        <span class="brand" aria-hidden="true">
          RadLens
        </span>
        <nav class="views" aria-label="Views">
          <ViewTab
            label="Findings"
            tab="findings"
            view={view}
            onView={props.onView}
            count={props.findingCount}
          />
          <ViewTab label="Notes" tab="notes" view={view} onView={props.onView} />
        </nav>
      </div>
      <div class="search" role="search">
        <input
          type="search"
          class="search-input"
          role="combobox"
          aria-label="Search topics"
          aria-expanded={searching}
          aria-controls="search-results"
          aria-autocomplete="list"
          aria-activedescendant={searching ? optionId(active) : undefined}
          placeholder="Search findings, synonyms, abbreviations…"
          value={props.query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellcheck={false}
        />
      </div>
    </header>
  );
}
