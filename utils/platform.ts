/**
 * The one place that knows which browser RadLens runs in. Chrome's MV3 build and Firefox's
 * MV2 build differ in the toolbar button (`action` / `browserAction`), the panel (`sidePanel`
 * / `sidebarAction`), session storage (missing before Firefox 115), the context menu and the
 * commands (missing on Firefox for Android). Those are reached only through `platform`,
 * resolved here for the browser at hand; every other file imports `browser` from here, typed
 * without them, so an entrypoint cannot call an API its build lacks (`tsc`, the lint rules and
 * `tests/unit/platform.test.ts` check it).
 */
import { browser as wxtBrowser } from '#imports';
import type { Indicator } from './core/schema';

type WxtBrowser = typeof wxtBrowser;

/** The APIs whose presence or name differs between the builds. */
export const TARGET_SPECIFIC_APIS = [
  'action',
  'browserAction',
  'sidePanel',
  'sidebarAction',
  'contextMenus',
  'menus',
  'commands',
] as const;

/** The extension APIs both builds have, the same way. */
export type CommonBrowser = Omit<WxtBrowser, (typeof TARGET_SPECIFIC_APIS)[number] | 'storage'> & {
  storage: Omit<WxtBrowser['storage'], 'session'>;
};

/** The extension APIs both builds share; the rest are on `platform`. */
export const browser: CommonBrowser = wxtBrowser;

type StorageArea = WxtBrowser['storage']['local'];
type ToolbarButton = Pick<
  WxtBrowser['action'],
  'setBadgeText' | 'setBadgeBackgroundColor' | 'onClicked'
>;
type Menus = Pick<WxtBrowser['contextMenus'], 'create' | 'removeAll' | 'onClicked'>;
type Commands = Pick<WxtBrowser['commands'], 'onCommand'>;

/** The APIs that differ between the builds, resolved for one browser. */
export interface Platform {
  /** Which kind of panel this browser has: Chrome's side panel or Firefox's sidebar. */
  readonly panelKind: 'side-panel' | 'sidebar' | 'none';
  /** Sets the toolbar badge of a tab ('' clears it), coloured by the most urgent finding. */
  setBadge(tabId: number, text: string, urgency: Indicator): Promise<void>;
  /** Makes the toolbar button open (Chrome) or toggle (Firefox) the panel. */
  openPanelOnToolbarClick(): void;
  /** Opens the panel of a window; call it while the user's gesture counts. Never throws. */
  openPanel(windowId: number | undefined): void;
  /** Storage for the browser session (the badge's counts, the panel's place). */
  readonly session: StorageArea;
  /** The context menu, where the browser has one. */
  readonly menus: Menus | undefined;
  /** Keyboard commands, where the browser has them. */
  readonly commands: Commands | undefined;
}

/** What a browser's extension namespace may hold, Chrome's or Firefox's. */
interface AnyBrowser {
  action?: ToolbarButton;
  browserAction?: ToolbarButton;
  sidePanel?: {
    open(options: { windowId: number }): Promise<void>;
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
  storage: { local: StorageArea; session?: StorageArea };
  contextMenus?: Menus;
  menus?: Menus;
  commands?: Commands;
}

const ignore = (): void => {};

/** The badge's colour by the most urgent present finding: red, amber, or a calm blue. */
export const BADGE_COLOUR: Record<Indicator, string> = {
  critical: '#b3261e',
  warning: '#8a5300',
  info: '#1f5fbf',
};

/** Resolves the target-specific APIs of a browser's extension namespace. */
export function resolvePlatform(namespace: unknown): Platform {
  const api = namespace as AnyBrowser;
  const button = api.action ?? api.browserAction;
  const { sidePanel, sidebarAction } = api;
  return {
    panelKind: sidePanel ? 'side-panel' : sidebarAction ? 'sidebar' : 'none',
    async setBadge(tabId, text, urgency) {
      await button?.setBadgeText({ tabId, text });
      await button?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR[urgency] });
    },
    openPanelOnToolbarClick() {
      if (sidePanel)
        void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(ignore);
      else if (sidebarAction) button?.onClicked.addListener(() => void sidebarAction.toggle());
    },
    openPanel(windowId) {
      try {
        // Already open, or no gesture: an open panel still picks up what it was opened for.
        if (sidePanel && windowId !== undefined) void sidePanel.open({ windowId }).catch(ignore);
        else if (sidebarAction) void sidebarAction.open().catch(ignore);
      } catch {
        // Not allowed here (no user gesture); an open panel still picks the lookup up.
      }
    },
    // Without session storage the counts and the place (never page text) outlive the session.
    session: api.storage.session ?? api.storage.local,
    menus: api.contextMenus ?? api.menus,
    commands: api.commands,
  };
}

/** The target-specific APIs of the browser RadLens runs in. */
export const platform: Platform = /* @__PURE__ */ resolvePlatform(wxtBrowser);

/**
 * Runs each named start-up step on its own, so that one the browser refuses (an API missing
 * or broken in this build) leaves the others registered. Returns the names that failed.
 */
export function startEach(steps: Record<string, () => void>): string[] {
  const failed: string[] = [];
  for (const [name, step] of Object.entries(steps)) {
    try {
      step();
    } catch (error) {
      failed.push(name);
      console.error(`RadLens: could not start ${name}`, error);
    }
  }
  return failed;
}
