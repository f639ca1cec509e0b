/** The few extension APIs the browser tests call inside extension contexts. */
declare const chrome: {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number; windowId: number }[]>;
    get(tabId: number): Promise<{ id?: number; windowId: number; url?: string }>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  windows: { create(options: { url: string; focused?: boolean }): Promise<{ id?: number }> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<[number, number, number, number]>;
  };
  sidePanel: { open(options: { tabId: number }): Promise<void> };
  storage: TestStorageAreas;
  runtime: {
    getManifest(): { version: string };
    id: string;
    getURL(path: string): string;
    onInstalled: { dispatch(details: { reason: string; previousVersion?: string }): void };
    onMessage: {
      dispatch(message: unknown, sender: object, sendResponse: (answer: unknown) => void): unknown;
      addListener(listener: (message: unknown, sender: { frameId?: number }) => void): void;
    };
  };
  /** Chrome's extension events can be dispatched by hand: the tests call the real listeners. */
  contextMenus: {
    onClicked: {
      dispatch(
        info: { menuItemId: string; selectionText?: string },
        tab: { id: number; windowId: number },
      ): void;
    };
  };
  commands: {
    onCommand: { dispatch(command: string, tab: { id: number; windowId: number }): void };
  };
};
