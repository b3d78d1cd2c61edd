/** The service worker that keeps the offline copy (src/offline/service-worker.js), and talking to it. */

export type OfflineChoice = 'auto' | 'all' | 'none';
export interface OfflineMessage {
  type: 'kept' | 'failed';
  lang: string;
  choice: OfflineChoice;
}

export const offlineSupported = 'serviceWorker' in navigator && 'caches' in window;

/** The reader has asked the browser to save data: nothing is downloaded for them unasked. */
export const savingData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** Registers the worker (once; the browser keeps it) and resolves when it is running. */
export async function activeWorker(): Promise<ServiceWorker | null> {
  await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`);
  return (await navigator.serviceWorker.ready).active;
}

/** Asks the worker to keep this language's copy as the reader chose, or to change the choice. */
export async function tellWorker(message: { type: 'visit'; lang: string } | { type: 'choose'; lang: string; choice: OfflineChoice }): Promise<void> {
  (await activeWorker())?.postMessage(message);
}

/** Calls back each time the worker has finished keeping (or failed to keep) a copy. */
export function onWorkerMessage(callback: (message: OfflineMessage) => void): void {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<Partial<OfflineMessage>>) => {
    if ((event.data?.type === 'kept' || event.data?.type === 'failed') && event.data.lang) callback(event.data as OfflineMessage);
  });
}
