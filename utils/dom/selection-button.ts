/**
 * The small "look up" button that appears next to a text selection. It lives in a closed
 * shadow root (the page can neither read nor restyle it), never appears in editable fields,
 * and goes away with the selection, on scroll, on Escape and when `signal` aborts.
 */

/** Options of `watchSelection`. */
export interface SelectionButtonOptions {
  doc: Document;
  signal: AbortSignal;
  /** Whether the user wants the button (read on every selection). */
  enabled: () => boolean;
  /** Called with the selected text when the button is pressed. */
  onLookup: (text: string) => void;
}

/** The custom element name of the button's host. */
export const BUTTON_HOST = 'radlens-lookup-button';

const MIN_CHARS = 2;
const MAX_CHARS = 300;

/** True when the selection starts or ends inside something the user types into. */
function inEditable(selection: Selection): boolean {
  const doc = selection.anchorNode?.ownerDocument;
  if (doc?.designMode === 'on') return true;
  for (const node of [selection.anchorNode, selection.focusNode]) {
    const el = node instanceof Element ? node : node?.parentElement;
    if (!el) continue;
    if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
      return true;
    }
    if (el instanceof HTMLElement && el.isContentEditable) return true;
  }
  const active = doc?.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
}

const CSS = `
:host { all: initial; }
button {
  all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px;
  font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #0b5cad; padding: 7px 10px;
  border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.3); cursor: pointer; white-space: nowrap;
}
button:hover { background: #084a8c; }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
`;

/** Shows the button near text selections in `doc` until `signal` aborts. */
export function watchSelection({ doc, signal, enabled, onLookup }: SelectionButtonOptions): void {
  let host: HTMLElement | undefined;
  let button: HTMLButtonElement | undefined;
  let text = '';
  // The selection last looked up: the button stays away until the selection changes.
  let done = '';

  const hide = () => {
    if (host) host.style.display = 'none';
    text = '';
  };

  const build = () => {
    host = doc.createElement(BUTTON_HOST);
    const root = host.attachShadow({ mode: 'closed' });
    button = doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Look up in RadLens';
    button.setAttribute('aria-label', 'Look up the selected text in RadLens');
    // Keep the selection: pressing the button must not clear it before the click.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!event.isTrusted) return; // only the user's own click
      const chosen = text;
      done = chosen;
      hide();
      if (chosen) onLookup(chosen);
    });
    // An adopted stylesheet, not a <style> element: pages with a strict CSP cannot block it.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = CSS;
      root.append(style);
    }
    root.append(button);
  };

  const show = () => {
    if (!enabled()) return hide();
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return hide();
    const selected = selection.toString().replace(/\s+/g, ' ').trim();
    if (selected.length < MIN_CHARS || selected.length > MAX_CHARS || inEditable(selection)) {
      return hide();
    }
    if (selected === done) return hide();
    done = '';
    const rects = selection.getRangeAt(0).getClientRects();
    const rect = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
    if (!rect || (rect.width === 0 && rect.height === 0)) return hide();
    if (!host) build();
    // Re-attach if the page removed it; stay on top of whatever the page draws: in the top
    // layer (a manual popover) where the browser supports it, else at the highest z-index.
    if (!host!.isConnected) doc.documentElement.append(host!);
    // Only RadLens's own attributes: a page's `inert`, `hidden` or `aria-hidden` would leave
    // the button shown but unusable, or hidden from screen readers.
    for (const name of host!.getAttributeNames()) {
      if (name !== 'style' && name !== 'popover') host!.removeAttribute(name);
    }
    const view = doc.defaultView!;
    const left = Math.min(Math.max(4, rect.right - 20), view.innerWidth - 170);
    const top = rect.bottom + 8 + 32 > view.innerHeight ? rect.top - 40 : rect.bottom + 8;
    host!.style.cssText = `all: initial; position: fixed; z-index: 2147483647; left: ${left}px; top: ${Math.max(4, top)}px; display: block; margin: 0; border: 0; padding: 0; overflow: visible;`;
    const popover = host as HTMLElement & { showPopover?: () => void };
    if (typeof popover.showPopover === 'function') {
      popover.setAttribute('popover', 'manual');
      try {
        if (!popover.matches(':popover-open')) popover.showPopover();
      } catch {
        // Not connected or not a popover any more (the page changed it): z-index it is.
      }
    }
    text = selected;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(show, 150);
  };
  const options = { signal, passive: true } as const;
  // The user's own mouse and keys only: events a page dispatches do not show the button.
  doc.addEventListener('mouseup', (e) => e.isTrusted && later(), options);
  doc.addEventListener(
    'keyup',
    (e) => {
      if (e.isTrusted) (e.key === 'Escape' ? hide : later)();
    },
    options,
  );
  doc.addEventListener(
    'selectionchange',
    () => {
      if (doc.getSelection()?.isCollapsed) {
        done = '';
        hide();
      }
    },
    options,
  );
  doc.defaultView?.addEventListener('scroll', hide, options);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    host?.remove();
  });
}
