/** The options page: content packs. */
import { PackManager } from '../../components/PackManager';
import {
  builtinCount,
  busy,
  confirm,
  exportBuiltins,
  importFile,
  notice,
  packs,
  pending,
  remove,
  replacedBuiltins,
  restore,
} from './state';

/** The options page. */
export function App() {
  return (
    <main>
      <h1>RadLens settings</h1>
      <p class="muted">
        Everything here stays in this browser. RadLens is educational; clinical judgement rules.
      </p>
      <PackManager
        packs={packs.value}
        replacedBuiltins={replacedBuiltins.value}
        builtinCount={builtinCount}
        notice={notice.value}
        pending={pending.value}
        busy={busy.value}
        onFile={(file) => void importFile(file)}
        onConfirm={confirm}
        onRemove={(id) => void remove(id)}
        onRestore={(id) => void restore(id)}
        onExport={exportBuiltins}
      />
    </main>
  );
}
