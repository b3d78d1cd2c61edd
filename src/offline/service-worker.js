// The service worker: keeps a language's contacts, algorithm pages and leaflets for reading
// with no network, and replaces them all when a new version of the site is deployed.
// Built into sw.js at the site's base, with the version of the deploy written into VERSION.
const VERSION = '__VERSION__';
// The path the site is published under: '/' or, say, '/safe-city/'.
const BASE = '__BASE__';
const PREFIX = 'safe-city-';
const cacheName = (lang) => `${PREFIX}${VERSION}-${lang}`;
const languageOf = (url) => new URL(url).pathname.slice(BASE.length).split('/')[0] || '';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  // A new deploy: drop every copy kept by an older one, so nothing stays stale.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && !name.startsWith(`${PREFIX}${VERSION}-`)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function keep(lang) {
  const response = await fetch(`${BASE}offline/${lang}.json`, { cache: 'no-store' });
  if (!response.ok) return;
  const { version, urls } = await response.json();
  if (version !== VERSION) return;
  const cache = await caches.open(cacheName(lang));
  const missing = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  // A few at a time: a phone on a weak connection should not open hundreds of requests.
  for (let index = 0; index < missing.length; index += 6) await cache.addAll(missing.slice(index, index + 6));
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'keep' && /^[a-z]{2,3}$/.test(event.data.lang)) {
    event.waitUntil(
      keep(event.data.lang).then(() => event.source && event.source.postMessage({ type: 'kept', lang: event.data.lang })),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so online readers always see the current text; the kept copy
    // when there is no network; and the offline page for anything not kept.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(request)) || (await caches.match(`${BASE}${languageOf(request.url)}/offline/`)) || Response.error()),
    );
    return;
  }
  event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
});
