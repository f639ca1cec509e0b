/** Mounts the options page. */
import { render } from 'preact';
import { App } from './App';
import { startOptions } from './state';
import '../sidepanel/style.css';
import './style.css';

void startOptions();
render(<App />, document.getElementById('app')!);
