import type { Locator } from 'playwright-core';

/**
 * How the address under a QR code wraps when its column is narrow: the segments (between
 * slashes) that break inside themselves, which must be none, and on how many lines it ends up,
 * which must be more than one for the test to have made it wrap at all.
 */
export async function narrowAddressWrapping(address: Locator): Promise<{ broken: string[]; lines: number }> {
  return address.evaluate((element) => {
    const column = element.parentElement!;
    const width = column.style.width;
    column.style.width = '4em';
    const parts = [...element.querySelectorAll('.qr-address__part')];
    const broken = parts.filter((part) => part.getClientRects().length > 1).map((part) => part.textContent ?? '');
    const lines = new Set(parts.map((part) => Math.round(part.getBoundingClientRect().top))).size;
    column.style.width = width;
    return { broken, lines };
  });
}
