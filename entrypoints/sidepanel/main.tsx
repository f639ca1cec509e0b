/** Mounts the side panel. */
import { render } from 'preact';
import { App } from './App';
import { startPanel } from './state';
import './style.css';

startPanel(new URL(location.href));
render(<App />, document.getElementById('app')!);
