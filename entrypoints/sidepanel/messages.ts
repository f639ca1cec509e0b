/**
 * The side panel's one listener: the messages of `PanelProtocol`, parsed with zod, each to
 * its handler (a lookup waiting, a frame's change).
 */
import { PanelRequest } from '../../utils/messaging';
import { listen, type PanelProtocol } from '../../utils/protocol';
import { onLookupReady, takeWaitingLookup } from './lookup';
import { onFindingsDiff } from './state';

/** Listens for the panel's messages, and takes a lookup that waited for the panel. */
export function listenForMessages(): void {
  const parse = (message: unknown) => {
    const parsed = PanelRequest.safeParse(message);
    return parsed.success ? parsed.data : undefined;
  };
  listen<PanelProtocol>(parse, {
    'lookup:ready': onLookupReady,
    'findings:diff': onFindingsDiff,
  });
  takeWaitingLookup();
}
