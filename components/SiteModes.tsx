/** Options: what RadLens does on each site (off, count only, highlight) and by default. */
import { useState } from 'preact/hooks';

/** A site mode. */
import type { SiteMode } from '../utils/core/site-mode';

/** Props of SiteModes. */
export interface SiteModesProps {
  defaultMode: SiteMode;
  siteModes: Readonly<Record<string, SiteMode>>;
  onDefault: (mode: SiteMode) => void;
  onSite: (origin: string, mode: SiteMode | undefined) => void;
}

const MODES: [SiteMode, string][] = [
  ['highlight', 'Find and highlight'],
  ['count', 'Count only (badge and panel, no highlights)'],
  ['off', 'Off (the page is not read)'],
];

/** Turns what the user typed (a URL or an origin) into an origin, or undefined. */
export function originOf(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) return undefined;
    return url.protocol === 'file:' ? 'file://' : url.origin;
  } catch {
    return undefined;
  }
}

function ModeSelect({
  value,
  label,
  onChange,
}: {
  value: SiteMode;
  label: string;
  onChange: (mode: SiteMode) => void;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as SiteMode)}
    >
      {MODES.map(([mode, text]) => (
        <option key={mode} value={mode}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** The site modes section. */
export function SiteModes({ defaultMode, siteModes, onDefault, onSite }: SiteModesProps) {
  const [site, setSite] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [error, setError] = useState<string | undefined>(undefined);
  const add = (event: Event) => {
    event.preventDefault();
    const origin = originOf(site);
    if (!origin) {
      setError('Enter a site such as https://ehr.example.org');
      return;
    }
    setError(undefined);
    onSite(origin, mode);
    setSite('');
  };
  const sites = Object.entries(siteModes).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="site-modes-title">
      <h2 id="site-modes-title">Sites</h2>
      <p class="muted">Changes apply to open pages at once.</p>
      <label class="field">
        On every other site
        <ModeSelect value={defaultMode} label="Mode on every other site" onChange={onDefault} />
      </label>
      {sites.length > 0 && (
        <table class="sites">
          <caption class="visually-hidden">Sites with their own mode</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Mode</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map(([origin, value]) => (
              <tr key={origin} data-origin={origin}>
                <td>{origin}</td>
                <td>
                  <ModeSelect
                    value={value}
                    label={`Mode on ${origin}`}
                    onChange={(m) => onSite(origin, m)}
                  />
                </td>
                <td>
                  <button type="button" class="secondary" onClick={() => onSite(origin, undefined)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="add-site" onSubmit={add}>
        <label class="field">
          Site
          <input
            type="text"
            value={site}
            placeholder="https://ehr.example.org"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </label>
        <ModeSelect value={mode} label="Mode for this site" onChange={setMode} />
        <button type="submit">Add site</button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
