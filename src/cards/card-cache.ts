import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Cards already drawn, on disk, so a rebuild (in the editors' preview, or in CI with the
 * cache kept between runs) draws only the cards whose words changed. The key covers the card's
 * words and the drawing code itself, so a change of design draws every card again.
 */
export class CardCache {
  private readonly design: string;

  constructor(
    private readonly folder: string,
    designFiles: string[],
  ) {
    const hash = createHash('sha256');
    for (const file of designFiles) hash.update(existsSync(file) ? readFileSync(file) : file);
    this.design = hash.digest('hex');
  }

  /** Where the card is kept once drawn. */
  fileFor(card: unknown): string {
    const key = createHash('sha256').update(this.design).update(JSON.stringify(card)).digest('hex');
    return path.join(this.folder, `${key}.png`);
  }

  async get(card: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
    const file = this.fileFor(card);
    const kept = await readFile(file).catch(() => undefined);
    if (kept) return kept;
    const png = await draw();
    // Written without blocking: a cold build writes two thousand cards while it renders pages
    // on the same thread. Builds running side by side (the tests build several sites at once)
    // share the cache, so a card appears whole or not at all.
    await mkdir(this.folder, { recursive: true });
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  }
}
