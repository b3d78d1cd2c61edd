/**
 * Offers offline reading: registers the service worker and asks it to keep this language's
 * contacts, algorithms and leaflets. Reading never depends on it; without it, nothing changes.
 */
// A reader who has asked the browser to save data is not sent a whole language in the background.
const savingData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

if ('serviceWorker' in navigator && !savingData) {
  const lang = document.documentElement.lang;
  navigator.serviceWorker
    .register(`${import.meta.env.BASE_URL}sw.js`)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: 'keep', lang }))
    .catch(() => undefined);
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; lang?: string }>) => {
    if (event.data?.type === 'kept') document.documentElement.dataset.offline = event.data.lang ?? '';
  });
}
