/**
 * Sharing from an entry page: the button shares the page, a step's "#" link shares the step,
 * through the system share sheet where the browser has one (Web Share), otherwise by copying
 * the link, with a confirmation the reader can see and a screen reader hears.
 */
const section = document.querySelector<HTMLElement>('[data-share]');

if (section) {
  const labels = section.dataset;
  const button = section.querySelector<HTMLButtonElement>('.share__button')!;
  const address = section.querySelector<HTMLInputElement>('.share__address')!;
  const status = section.querySelector<HTMLElement>('.share__status')!;
  const canShare = typeof navigator.share === 'function';
  let clearing: ReturnType<typeof setTimeout> | undefined;

  const say = (message: string) => {
    status.textContent = message;
    clearTimeout(clearing);
    clearing = setTimeout(() => (status.textContent = ''), 5000);
  };

  /** Opens the share sheet, or copies the link; `copied` is what to say once it is copied. */
  const share = async (url: string, copied: string) => {
    if (canShare) {
      // Closing the sheet without choosing is not an error the reader needs to hear about.
      await navigator.share({ title: document.title, url }).catch(() => undefined);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      say(copied);
    } catch {
      address.value = url;
      address.focus();
      address.select();
      say(labels.labelCopyFailed ?? '');
    }
  };

  button.textContent = (canShare ? labels.labelShare : labels.labelCopy) ?? '';
  button.hidden = false;
  button.addEventListener('click', () => void share(address.value, labels.labelCopied ?? ''));
  // The step's own link still moves the address to the step, so the address bar shows it too.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.step__link')) {
    link.addEventListener('click', () => void share(new URL(link.getAttribute('href')!, address.value).href, labels.labelStepCopied ?? ''));
  }
}
