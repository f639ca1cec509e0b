/** The options page: lookup settings and content packs. */
import { LookupSettings } from '../../components/LookupSettings';
import { PackManager } from '../../components/PackManager';
import { settings, updateSettings } from './settings';
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
      <LookupSettings
        selectionButton={settings.value.selectionButton}
        onSelectionButton={(on) => void updateSettings({ selectionButton: on })}
      />
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
