/** Mounts the side panel. */
import '../../utils/zod-without-eval';
import { render } from 'preact';
import { App } from './App';
import { listenForMessages } from './messages';
import { watchNotes } from './notes';
import { startPanel } from './state';
import './style.css';

void startPanel(new URL(location.href)).then(listenForMessages);
watchNotes();
render(<App />, document.getElementById('app')!);
