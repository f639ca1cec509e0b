/** Mounts the options page. */
import '../../utils/zod-without-eval';
import { render } from 'preact';
import { App } from './App';
import { loadPersistence } from './persistence';
import { loadSettings } from './settings';
import { startOptions } from './state';
import '../sidepanel/style.css';
import './style.css';

void startOptions();
void loadSettings();
void loadPersistence();
render(<App />, document.getElementById('app')!);
