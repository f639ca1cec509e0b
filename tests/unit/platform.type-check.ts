/**
 * Type-level check, run by `tsc` in `npm test`: the `browser` the platform module exports has
 * none of the APIs that differ between the Chrome and Firefox builds. If one of these lines
 * stops being an error, its `@ts-expect-error` fails the type check.
 */
import { browser, platform } from '../../utils/platform';

// @ts-expect-error Chrome MV3 only: use platform.setBadgeText / openPanelOnToolbarClick.
void browser.action;
// @ts-expect-error Firefox MV2 only: use platform.setBadgeText / openPanelOnToolbarClick.
void browser.browserAction;
// @ts-expect-error Chrome only: use platform.openPanel.
void browser.sidePanel;
// @ts-expect-error Firefox only: use platform.openPanel.
void browser.sidebarAction;
// @ts-expect-error Missing on Firefox for Android: use platform.menus.
void browser.contextMenus;
// @ts-expect-error Firefox's name for the context menu: use platform.menus.
void browser.menus;
// @ts-expect-error Missing on Firefox for Android: use platform.commands.
void browser.commands;
// @ts-expect-error Missing before Firefox 115: use platform.session.
void browser.storage.session;

// The shared APIs and the resolved ones type-check.
void browser.runtime.getURL('/');
void browser.storage.local.get('settings');
void platform.session.get('key');
void platform.setBadge(1, '', 'info');
