/** The few extension APIs the Firefox tests call inside RadLens's own pages. */
declare const browser: {
  tabs: {
    query(query: {
      active?: boolean;
      currentWindow?: boolean;
    }): Promise<{ id?: number; windowId: number; url?: string }[]>;
    get(tabId: number): Promise<{ id?: number; windowId: number; url?: string }>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    reload(tabId: number): Promise<void>;
  };
  browserAction: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<[number, number, number, number]>;
  };
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  extension: {
    getViews(filter: { type: 'sidebar' | 'tab' | 'popup' }): Window[];
    /** Every view of the extension in this process: tabs, the sidebar, the background. */
    getViews(): Window[];
  };
  storage: TestStorageAreas;
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    /** To another add-on (its onMessageExternal). */
    sendMessage(extensionId: string, message: unknown): Promise<unknown>;
    getURL(path: string): string;
    getBackgroundPage(): Promise<Window>;
  };
};
