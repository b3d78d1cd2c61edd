/**
 * The contacts page's "Without the internet" section: says what this device keeps and since
 * when, and lets the reader save everything, keep only the essentials, or remove the copy.
 */
import type { OfflineCopyData, OfflineList, OfflineStatus } from '../offline/offline-copy-data';
import { offlineSupported, onWorkerMessage, savingData, tellWorker, type OfflineChoice } from './offline-worker';

const data = JSON.parse(document.getElementById('offline-copy-data')!.textContent!) as OfflineCopyData;
const status = document.getElementById('offline-copy-status')!;
const actions = document.getElementById('offline-copy-actions')!;
const buttons = [...actions.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
const { labels, lang } = data;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
const megabytes = (bytes: number) => fill(labels.megabytes, { size: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024) });
const when = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

async function saved(): Promise<OfflineStatus | undefined> {
  return (await (await caches.match(data.statusUrl))?.json()) as OfflineStatus | undefined;
}

async function list(): Promise<OfflineList | undefined> {
  try {
    const response = await fetch(data.listUrl, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as OfflineList) : undefined;
  } catch {
    return undefined;
  }
}

/** Shows what is saved, and the choices other than the current one, each with what it weighs. */
async function show(message?: string) {
  const [copy, sizes] = await Promise.all([saved(), list()]);
  const current: OfflineChoice = copy?.choice ?? 'none';
  if (message) status.textContent = message;
  else if (copy) status.textContent = fill(copy.choice === 'all' ? labels.savedAll : labels.saved, { date: when(copy.savedAt), kept: copy.algorithms.automatic, all: copy.algorithms.all, size: megabytes(copy.bytes) });
  else status.textContent = savingData ? `${labels.nothing} ${labels.savingData}` : labels.nothing;
  const weight: Record<OfflineChoice, number | undefined> = {
    auto: current === 'all' ? undefined : sizes?.automaticBytes,
    all: sizes ? sizes.automaticBytes + sizes.optionalBytes : undefined,
    none: undefined,
  };
  for (const button of buttons) {
    const choice = button.dataset.choice as OfflineChoice;
    const label = { auto: current === 'all' ? labels.keepAuto : labels.saveAuto, all: labels.saveAll, none: labels.remove }[choice];
    button.textContent = weight[choice] ? `${label} (${megabytes(weight[choice])})` : label;
    button.hidden = choice === current;
    button.disabled = false;
  }
  actions.hidden = false;
}

if (!offlineSupported) {
  status.textContent = labels.unsupported;
} else {
  // The choice this page asked for: its answer is reported as such; other answers (a visit's) just refresh.
  let asked: OfflineChoice | undefined;
  onWorkerMessage((message) => {
    if (message.lang !== lang) return;
    const answered = asked !== undefined && message.choice === asked;
    if (answered) asked = undefined;
    if (message.type === 'failed') void show(answered ? labels.failed : undefined);
    else void show(answered && message.choice === 'none' ? labels.removed : undefined);
  });
  for (const button of buttons) {
    button.addEventListener('click', () => {
      for (const each of buttons) each.disabled = true;
      asked = button.dataset.choice as OfflineChoice;
      status.textContent = labels.saving;
      tellWorker({ type: 'choose', lang, choice: asked }).catch(() => void show(labels.failed));
    });
  }
  void show();
}
