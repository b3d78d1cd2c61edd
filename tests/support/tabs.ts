import type { Page } from 'playwright-core';

/**
 * Works through `items` in `count` tabs at once, each taking the next item when it is free.
 * Loading a page mostly waits (for the server, for the page's scripts), so two or three tabs
 * keep the machine's two cores busy where one leaves them idle.
 */
export async function inTabs<T>(count: number, open: () => Promise<Page>, items: readonly T[], work: (page: Page, item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const tab = async () => {
    const page = await open();
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(page, item);
    await page.context().close();
  };
  await Promise.all(Array.from({ length: count }, tab));
}
