// The service worker: keeps a language's copy for reading and searching with no network (what
// /offline/<lang>.json lists), as the reader chose, and replaces it all when a new version of
// the site is deployed. Built into sw.js at the site's base, with the deploy's version in VERSION.
const VERSION = '__VERSION__';
// The path the site is published under: '/' or, say, '/safe-city/'.
const BASE = '__BASE__';
const PREFIX = 'safe-city-';
const cacheName = (lang) => `${PREFIX}${VERSION}-${lang}`;
// The reader's choice per language outlives deploys, so it lives apart from the versioned copies
// (its name does not start with PREFIX). 'auto' (the default), 'all' or 'none'.
const CHOICES = 'safe-city:choices';
const choiceKey = (lang) => `${BASE}offline/${lang}-choice`;
// What the copy holds and when it was saved (OfflineStatus), for the page that shows it.
const statusKey = (lang) => `${BASE}offline/${lang}-saved.json`;
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

async function choiceOf(lang) {
  const stored = await (await caches.open(CHOICES)).match(choiceKey(lang));
  return stored ? stored.text() : 'auto';
}

async function keep(lang, choice) {
  if (choice === 'none') {
    await caches.delete(cacheName(lang));
    return;
  }
  const cache = await caches.open(cacheName(lang));
  const saved = await cache.match(statusKey(lang));
  const before = saved ? (await saved.json()).choice : undefined;
  // The status is written once the copy is complete, and each deploy keeps its copy apart: a
  // visit that finds this deploy's copy kept as chosen has nothing to fetch, not even the list.
  if (before === choice) return;
  const response = await fetch(`${BASE}offline/${lang}.json`, { cache: 'no-store' });
  if (!response.ok) return;
  const list = await response.json();
  if (list.version !== VERSION) return;
  const urls = choice === 'all' ? [...list.automatic, ...list.optional] : list.automatic;
  const missing = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  // A few at a time: a phone on a weak connection should not open hundreds of requests.
  for (let index = 0; index < missing.length; index += 6) await cache.addAll(missing.slice(index, index + 6));
  // Going back from everything to the automatic copy gives the space back.
  if (choice === 'auto' && before === 'all') for (const url of list.optional) await cache.delete(url);
  const status = {
    savedAt: new Date().toISOString(),
    choice,
    bytes: choice === 'all' ? list.automaticBytes + list.optionalBytes : list.automaticBytes,
    algorithms: list.algorithms,
  };
  await cache.put(statusKey(lang), new Response(JSON.stringify(status), { headers: { 'content-type': 'application/json' } }));
}

const tell = (source, message) => source && source.postMessage(message);

self.addEventListener('message', (event) => {
  const { type, lang, choice } = event.data || {};
  if (!/^[a-z]{2,3}$/.test(lang || '')) return;
  if (type === 'visit') {
    // A visit keeps the copy the reader chose, the automatic one unless they said otherwise.
    event.waitUntil(choiceOf(lang).then((chosen) => keep(lang, chosen).then(() => tell(event.source, { type: 'kept', lang, choice: chosen }))));
  } else if (type === 'choose' && ['auto', 'all', 'none'].includes(choice)) {
    event.waitUntil(
      caches
        .open(CHOICES)
        .then((choices) => choices.put(choiceKey(lang), new Response(choice)))
        .then(() => keep(lang, choice))
        .then(
          () => tell(event.source, { type: 'kept', lang, choice }),
          () => tell(event.source, { type: 'failed', lang, choice }),
        ),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so online readers always see the current text; the kept copy
    // when there is no network (a search's ?q= does not change the page); and the offline page
    // for anything not kept.
    event.respondWith(
      fetch(request).catch(
        async () => (await caches.match(request, { ignoreSearch: true })) || (await caches.match(`${BASE}${languageOf(request.url)}/offline/`)) || Response.error(),
      ),
    );
    return;
  }
  event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
});
