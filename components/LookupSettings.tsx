/** Options: how highlight-to-lookup behaves in pages. */

/** Props of LookupSettings. */
export interface LookupSettingsProps {
  selectionButton: boolean;
  onSelectionButton: (on: boolean) => void;
}

/** The lookup settings section. */
export function LookupSettings({ selectionButton, onSelectionButton }: LookupSettingsProps) {
  return (
    <section aria-labelledby="lookup-settings-title">
      <h2 id="lookup-settings-title">Look up selected text</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={selectionButton}
          onChange={(e) => onSelectionButton(e.currentTarget.checked)}
        />
        Show a “Look up in RadLens” button next to text I select in a page (never in fields I type
        in)
      </label>
      <p class="muted">
        The right-click menu item and the keyboard shortcut (Alt+Shift+L; change it in the browser’s
        extension shortcuts) always work.
      </p>
    </section>
  );
}
