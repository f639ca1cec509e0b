/**
 * The side panel: a top bar (history, views, search) over the findings of the page, a topic
 * with the user's note, the notes, or search results.
 */
import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingList, type FindingListGroup } from '../../components/FindingList';
import { NoteEditor } from '../../components/NoteEditor';
import { NotesView } from '../../components/NotesView';
import { PanelBar } from '../../components/PanelBar';
import { SearchResults } from '../../components/SearchResults';
import { TopicView } from '../../components/TopicView';
import type { StoredTopic } from '../../utils/db';
import { hits, lookupMiss, query } from './lookup';
import { canGoBack, canGoForward, goBack, goForward, navigate, route } from './navigation';
import { NoteSession } from './note-session';
import {
  exportAll,
  importFile,
  importState,
  notes,
  notesQuery,
  resolveImport,
  shownNotes,
} from './notes';
import {
  db,
  findingsError,
  groups,
  loading,
  showInPage,
  storageProblem,
  storageStatus,
  titles,
  topic,
  topicError,
  topicInfo,
  type FindingGroup,
} from './state';

/** The search option the arrow keys point at. */
const activeHit = signal(0);
/** A short message about "show in page". */
const showMessage = signal<string | undefined>(undefined);

const openTopic = (id: string, sizes?: string[]) => navigate({ view: 'topic', id, sizes });

/** Copies text to the clipboard; false when the browser refuses. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function FindingsPane() {
  const open = (group: FindingListGroup<FindingGroup['mentions'][number]>) => {
    const sizes = [...new Set(group.mentions.flatMap((m) => m.sizes ?? []))];
    openTopic(group.topicId, sizes.length > 0 ? sizes : undefined);
  };
  const show = async (mention: FindingGroup['mentions'][number]) => {
    const shown = await showInPage(mention);
    showMessage.value = shown ? undefined : 'That mention is no longer on the page.';
  };
  return (
    <section class="findings-view" aria-labelledby="findings-title">
      <h1 id="findings-title" class="view-title">
        Findings on this page
      </h1>
      {showMessage.value && (
        <p role="status" class="error">
          {showMessage.value}
        </p>
      )}
      {groups.value.length > 0 ? (
        <FindingList groups={groups.value} onOpen={open} onShow={(m) => void show(m)} />
      ) : loading.value ? (
        <p class="empty" aria-live="polite">
          Reading the page…
        </p>
      ) : (
        <div class="empty" aria-live="polite">
          <p>{findingsError.value ?? 'No radiology findings recognised on this page.'}</p>
          <p class="hint">
            Open a radiology report or an article, and RadLens lists the findings it mentions. Or
            select text on any page and choose “Look up in RadLens”.
          </p>
        </div>
      )}
    </section>
  );
}

function NotePane({ topic }: { topic: StoredTopic }) {
  const [session, setSession] = useState<NoteSession | undefined>(undefined);
  useEffect(() => {
    const next = new NoteSession(db, topic.id, storageStatus);
    setSession(next);
    const flush = () => void next.flush();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      next.close();
    };
  }, [topic.id]);
  if (!session) return null;
  return (
    <NoteEditor
      topicTitle={topic.title}
      draft={session.draft.value}
      state={session.state.value}
      updatedAt={session.updatedAt.value}
      // Once storage is known to fail, the editor takes text anyway: a save then says it
      // failed and the text stays here to be copied (nothing typed is lost).
      writable={session.ready.value || storageProblem.value !== undefined}
      onEdit={(text) => session.edit(text)}
      onBlur={() => void session.flush()}
      onKeepMine={() => void session.keepMine()}
      onUseTheirs={() => session.useTheirs()}
    />
  );
}

function TopicPane() {
  const r = route.value;
  const current = topic.value;
  const heading = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Move focus to the topic's title when a new topic opens (keyboard and screen readers).
    if (current && heading.current !== current.id) {
      heading.current = current.id;
      document.getElementById('topic-title')?.focus();
      window.scrollTo(0, 0);
    }
  });
  if (!current) {
    return (
      <p role="alert" class="error">
        {topicError.value ?? 'Loading…'}
      </p>
    );
  }
  return (
    <TopicView
      topic={current}
      titles={titles.value}
      sizes={r.view === 'topic' ? r.sizes : undefined}
      onOpen={(id) => openTopic(id)}
      onCopy={copyText}
    >
      <NotePane topic={current} />
    </TopicView>
  );
}

function SearchPane() {
  return (
    <SearchResults
      query={query.value}
      hits={hits.value.map((h) => ({
        topicId: h.topicId,
        title: h.title,
        detail: topicInfo.value.get(h.topicId)?.category,
      }))}
      active={activeHit.value}
      missed={lookupMiss.value}
      onOpen={(id) => openTopic(id)}
    />
  );
}

function NotesPane() {
  return (
    <NotesView
      notes={shownNotes.value.map((n) => ({
        ...n,
        title: titles.value.get(n.topicId) ?? n.topicId,
      }))}
      total={notes.value.length}
      query={notesQuery.value}
      importState={importState.value}
      writable={storageProblem.value?.kind !== 'unavailable'}
      onQuery={(q) => (notesQuery.value = q)}
      onOpen={(id) => openTopic(id)}
      onExport={(format) => void exportAll(format)}
      onImportFile={(file) => void importFile(file)}
      onResolve={(resolution) => void resolveImport(resolution)}
    />
  );
}

/** The panel's root component. */
export function App() {
  const view = route.value.view;
  const present = groups.value.filter((g) => g.status === 'present').length;
  const onQuery = (q: string) => {
    query.value = q;
    lookupMiss.value = undefined;
    activeHit.value = 0;
    if (q.trim() && route.value.view !== 'search') navigate({ view: 'search' });
  };
  return (
    <>
      <PanelBar
        view={view}
        canBack={canGoBack.value}
        canForward={canGoForward.value}
        query={query.value}
        hitCount={hits.value.length}
        active={activeHit.value}
        findingCount={present}
        onBack={goBack}
        onForward={goForward}
        onView={(v) => navigate({ view: v })}
        onQuery={onQuery}
        onActive={(i) => (activeHit.value = i)}
        onChoose={() => {
          const hit = hits.value[activeHit.value];
          if (hit) openTopic(hit.topicId);
        }}
        onEscape={() => {
          query.value = '';
          lookupMiss.value = undefined;
          if (route.value.view === 'search') goBack();
        }}
      />
      {storageProblem.value && (
        <div class="banner" role="alert" data-storage-problem={storageProblem.value.kind}>
          <p>{storageProblem.value.banner}</p>
          <p class="banner-detail">Browser’s message: {storageProblem.value.detail}</p>
        </div>
      )}
      <main id="main">
        {view === 'findings' && <FindingsPane />}
        {view === 'topic' && <TopicPane />}
        {view === 'search' && <SearchPane />}
        {view === 'notes' && <NotesPane />}
      </main>
      {view !== 'topic' && (
        <footer class="notice">
          Everything stays on this computer. Educational use; clinical judgement rules.
        </footer>
      )}
    </>
  );
}
