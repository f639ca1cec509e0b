/** The options page's view of persistent storage: asked for once, then shown. */
import { signal } from '@preact/signals';
import {
  readPersistence,
  requestPersistenceOnce,
  type PersistenceState,
} from '../../utils/persistence';

/** What the browser says about keeping RadLens's storage; undefined until it answers. */
export const persistence = signal<PersistenceState | undefined>(undefined);

/** Asks for persistent storage if RadLens never has, then reads the state to show. */
export async function loadPersistence(): Promise<void> {
  try {
    await requestPersistenceOnce();
    persistence.value = await readPersistence();
  } catch {
    persistence.value = {
      persisted: undefined,
      asked: undefined,
      usage: undefined,
      quota: undefined,
    };
  }
}
