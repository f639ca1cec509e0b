/**
 * Browser APIs that differ between the Chrome and Firefox builds are reached only through
 * utils/platform.ts: a source check over every entrypoint, component and util (which must
 * fail on a file that reaches around it), the resolution for each browser's namespace, and
 * start-up steps that fail on their own. `platform.type-check.ts` beside this file is the
 * type-level half: tsc fails if `browser` from the platform module exposes such an API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { resolvePlatform, startEach, TARGET_SPECIFIC_APIS } from '../../utils/platform';

const ROOT = resolve(import.meta.dirname, '../..');
const PLATFORM_FILE = 'utils/platform.ts';
const RAW_MODULES = new Set(['wxt/browser', '@wxt-dev/browser', 'webextension-polyfill']);
const SPECIFIC = new Set<string>(TARGET_SPECIFIC_APIS);

/** Where a source reaches a browser API around the platform module. */
function platformViolations(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      const named = node.importClause?.namedBindings;
      const names =
        named && ts.isNamedImports(named)
          ? named.elements.map((e) => (e.propertyName ?? e.name).text)
          : [];
      if (RAW_MODULES.has(from)) found.push(`${where(node)} imports ${from}`);
      if (from === '#imports' && names.includes('browser')) {
        found.push(`${where(node)} imports browser from #imports`);
      }
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const [object, api] = [node.expression.text, node.name.text];
      if (object === 'chrome') found.push(`${where(node)} uses chrome.${api}`);
      if (object === 'browser' && SPECIFIC.has(api))
        found.push(`${where(node)} uses browser.${api}`);
      if (object === 'browser' && api === 'storage' && ts.isPropertyAccessExpression(node.parent)) {
        if (node.parent.name.text === 'session')
          found.push(`${where(node)} uses browser.storage.session`);
      }
    }
    if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['browser', 'chrome'].includes(node.expression.text)
    ) {
      found.push(`${where(node)} indexes ${node.expression.text}[…]`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

describe('browser APIs only through utils/platform.ts', () => {
  const files = ['entrypoints', 'utils', 'components'].flatMap((d) => sourceFiles(join(ROOT, d)));

  it('no entrypoint, component or util reaches around it', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('entrypoints/background.ts');
    const violations = files
      .filter((f) => f !== PLATFORM_FILE)
      .flatMap((f) => platformViolations(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(violations).toEqual([]);
  });

  it.each([
    ["import { browser } from '#imports';", 'imports browser from #imports'],
    ["import { browser as b } from '#imports';", 'imports browser from #imports'],
    ["import browser from 'webextension-polyfill';", 'imports webextension-polyfill'],
    ["import { browser } from 'wxt/browser';", 'imports wxt/browser'],
    ['void browser.action.setBadgeText({ text: "1" });', 'uses browser.action'],
    ['browser.sidePanel.open({ windowId: 1 });', 'uses browser.sidePanel'],
    ['browser.contextMenus.create({ id: "x" });', 'uses browser.contextMenus'],
    ['void browser.storage.session.get("k");', 'uses browser.storage.session'],
    ['chrome.runtime.sendMessage({});', 'uses chrome.runtime'],
    ["browser['sidebarAction'].open();", 'indexes browser[…]'],
  ])('flags %s', (source, problem) => {
    expect(platformViolations('entrypoints/x.ts', source)).toEqual([
      `entrypoints/x.ts:1 ${problem}`,
    ]);
  });

  it('lets the shared APIs and the platform through', () => {
    const source = [
      "import { browser, platform } from '../utils/platform';",
      "import { defineBackground } from '#imports';",
      'browser.runtime.onMessage.addListener(() => {});',
      'void browser.storage.local.get("settings");',
      'void platform.session.get("k");',
    ].join('\n');
    expect(platformViolations('entrypoints/x.ts', source)).toEqual([]);
  });
});

/** Records the calls made on a browser namespace's APIs. */
function recorder() {
  const calls: string[] = [];
  const event = (name: string) => ({
    listeners: [] as (() => void)[],
    addListener(listener: () => void) {
      calls.push(`${name}.addListener`);
      this.listeners.push(listener);
    },
  });
  const call =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${JSON.stringify(args)})`);
      return Promise.resolve();
    };
  return { calls, event, call };
}

describe('resolvePlatform', () => {
  const storage = (withSession: boolean) => ({
    local: { name: 'local' },
    ...(withSession ? { session: { name: 'session' } } : {}),
  });

  it('Chrome MV3: action badge, side panel opened by the toolbar button and by lookups', async () => {
    const { calls, event, call } = recorder();
    const platform = resolvePlatform({
      action: {
        setBadgeText: call('action.setBadgeText'),
        setBadgeBackgroundColor: call('action.setBadgeBackgroundColor'),
        onClicked: event('action.onClicked'),
      },
      sidePanel: {
        open: call('sidePanel.open'),
        setPanelBehavior: call('sidePanel.setPanelBehavior'),
      },
      storage: storage(true),
      contextMenus: { name: 'contextMenus' },
      commands: { name: 'commands' },
    });
    expect(platform.panelKind).toBe('side-panel');
    await platform.setBadge(3, '2', 'critical');
    platform.openPanelOnToolbarClick();
    platform.openPanel(7);
    platform.openPanel(undefined);
    expect(calls).toEqual([
      'action.setBadgeText([{"tabId":3,"text":"2"}])',
      'action.setBadgeBackgroundColor([{"tabId":3,"color":"#b3261e"}])',
      'sidePanel.setPanelBehavior([{"openPanelOnActionClick":true}])',
      'sidePanel.open([{"windowId":7}])',
    ]);
    expect(platform.session).toEqual({ name: 'session' });
    expect(platform.menus).toEqual({ name: 'contextMenus' });
  });

  it('Firefox MV2: browserAction badge, the toolbar button toggles the sidebar', async () => {
    const { calls, event, call } = recorder();
    const onClicked = event('browserAction.onClicked');
    const platform = resolvePlatform({
      browserAction: {
        setBadgeText: call('browserAction.setBadgeText'),
        setBadgeBackgroundColor: call('browserAction.setBadgeBackgroundColor'),
        onClicked,
      },
      sidebarAction: { open: call('sidebarAction.open'), toggle: call('sidebarAction.toggle') },
      storage: storage(true),
      menus: { name: 'menus' },
    });
    expect(platform.panelKind).toBe('sidebar');
    await platform.setBadge(3, '', 'info');
    platform.openPanelOnToolbarClick();
    onClicked.listeners.forEach((listener) => listener());
    platform.openPanel(7);
    expect(calls).toEqual([
      'browserAction.setBadgeText([{"tabId":3,"text":""}])',
      'browserAction.setBadgeBackgroundColor([{"tabId":3,"color":"#1f5fbf"}])',
      'browserAction.onClicked.addListener',
      'sidebarAction.toggle([])',
      'sidebarAction.open([])',
    ]);
    expect(platform.menus).toEqual({ name: 'menus' });
    expect(platform.commands).toBeUndefined();
  });

  it('a browser without a panel, badge or session storage: calls are harmless', async () => {
    const platform = resolvePlatform({ storage: storage(false) });
    expect(platform.panelKind).toBe('none');
    await expect(platform.setBadge(1, '3', 'warning')).resolves.toBeUndefined();
    expect(() => platform.openPanel(1)).not.toThrow();
    expect(() => platform.openPanelOnToolbarClick()).not.toThrow();
    expect(platform.session).toEqual({ name: 'local' });
  });

  it('opening a panel without a user gesture never throws', () => {
    const platform = resolvePlatform({
      sidebarAction: {
        open: () => {
          throw new Error('sidebarAction.open may only be called from a user input handler');
        },
        toggle: () => Promise.resolve(),
      },
      storage: storage(true),
    });
    expect(() => platform.openPanel(1)).not.toThrow();
  });
});

describe('startEach', () => {
  it('a step that throws leaves the steps after it started, and is named', () => {
    const started: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = startEach({
      messages: () => started.push('messages'),
      menus: () => {
        throw new TypeError('can\'t access property "onClicked", menus is undefined');
      },
      tabs: () => started.push('tabs'),
    });
    expect(started).toEqual(['messages', 'tabs']);
    expect(failed).toEqual(['menus']);
    expect(error).toHaveBeenCalledWith('RadLens: could not start menus', expect.any(TypeError));
    error.mockRestore();
  });
});
