/**
 * Quick exit: the button, or Shift pressed three times within five seconds, hides the page at
 * once and replaces it with a neutral site. location.replace() keeps this page out of Back.
 * Without JavaScript the button is a plain link to the same neutral site.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');

if (link) {
  const leave = (event?: Event) => {
    event?.preventDefault();
    document.body.hidden = true;
    document.title = '';
    location.replace(link.href);
  };
  link.addEventListener('click', leave);

  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = Date.now();
    presses = [...presses.filter((time) => now - time < 5000), now];
    if (presses.length >= 3) leave();
  });
}
