/** The side panel: the findings of the page, or the topic the user opened. */
import { FindingList } from '../../components/FindingList';
import { TopicView } from '../../components/TopicView';
import {
  closeTopic,
  findingsError,
  groups,
  loading,
  openTopic,
  titles,
  topic,
  topicError,
} from './state';

/** The panel's root component. */
export function App() {
  const open = (id: string) => void openTopic(id);
  if (topic.value) {
    return (
      <main>
        <TopicView topic={topic.value} titles={titles.value} onBack={closeTopic} onOpen={open} />
      </main>
    );
  }
  return (
    <main>
      <header class="panel-header">
        <h1>RadLens</h1>
        <p class="tagline">Findings on this page</p>
      </header>
      {topicError.value && (
        <p role="alert" class="error">
          {topicError.value}
        </p>
      )}
      {groups.value.length > 0 ? (
        <FindingList groups={groups.value} onOpen={open} />
      ) : loading.value ? (
        <p class="empty" aria-live="polite">
          Reading the page…
        </p>
      ) : (
        <div class="empty" aria-live="polite">
          <p>{findingsError.value ?? 'No radiology findings recognised on this page.'}</p>
          <p class="hint">
            Open a radiology report or an article, and RadLens lists the findings it mentions.
          </p>
        </div>
      )}
      <footer class="notice">
        Everything stays on this computer. Educational use; clinical judgement rules.
      </footer>
    </main>
  );
}
