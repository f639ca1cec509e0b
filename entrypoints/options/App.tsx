/** The options page: sites, lookup settings, content packs and keeping the user's notes. */
import { LookupSettings } from '../../components/LookupSettings';
import { PackManager } from '../../components/PackManager';
import { SiteModes } from '../../components/SiteModes';
import { StorageSafety } from '../../components/StorageSafety';
import { persistence } from './persistence';
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
      <SiteModes
        defaultMode={settings.value.defaultMode}
        siteModes={settings.value.siteModes}
        onDefault={(mode) => void updateSettings({ defaultMode: mode })}
        onSite={(origin, mode) => {
          const next = { ...settings.value.siteModes };
          if (mode) next[origin] = mode;
          else delete next[origin];
          void updateSettings({ siteModes: next });
        }}
      />
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
      <StorageSafety
        loaded={persistence.value !== undefined}
        persisted={persistence.value?.persisted}
        askedAt={persistence.value?.asked?.askedAt}
        usage={persistence.value?.usage}
        quota={persistence.value?.quota}
      />
    </main>
  );
}
