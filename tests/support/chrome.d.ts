/** The few extension APIs the browser tests call inside extension contexts. */
declare const chrome: {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number; windowId: number }[]>;
  };
  windows: { create(options: { url: string; focused?: boolean }): Promise<{ id?: number }> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  sidePanel: { open(options: { tabId: number }): Promise<void> };
};
