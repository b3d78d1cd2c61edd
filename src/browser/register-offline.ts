/**
 * Offers offline reading: registers the service worker and asks it to keep this language's copy
 * (the contacts, the search and the most urgent algorithms), unless the reader chose otherwise
 * on the contacts page. Reading never depends on it; without it, nothing changes.
 */
import { offlineSupported, onWorkerMessage, savingData, tellWorker } from './offline-worker';

// A reader who has asked the browser to save data is not sent a whole language in the
// background; they can still save it themselves (offline-copy-controls.ts).
if (offlineSupported && !savingData) {
  const lang = document.documentElement.lang;
  onWorkerMessage((message) => {
    if (message.type === 'kept' && message.lang === lang) document.documentElement.dataset.offline = message.choice === 'none' ? '' : lang;
  });
  tellWorker({ type: 'visit', lang }).catch(() => undefined);
}
