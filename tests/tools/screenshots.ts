/**
 * `npm run screenshots`: builds the extension and saves its views, light and dark, to
 * .demo/screens/ for a human to look at: Chrome's side panel and options page, or with
 * `-- --firefox` Firefox's sidebar page (in a real firefox-esr) to .demo/screens/firefox/.
 */
import { execSync } from 'node:child_process';

const firefox = process.argv.includes('--firefox');
execSync(firefox ? 'npm run build:firefox' : 'npm run build', { stdio: 'inherit' });
await import(firefox ? './screenshots-firefox.ts' : './screenshots-chrome.ts');
