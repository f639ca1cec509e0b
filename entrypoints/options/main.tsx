/** Mounts the options page. */
import { render } from 'preact';
import { App } from './App';
import { loadSettings } from './settings';
import { startOptions } from './state';
import '../sidepanel/style.css';
import './style.css';

void startOptions();
void loadSettings();
render(<App />, document.getElementById('app')!);
