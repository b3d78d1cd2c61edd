import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
    if (existsSync(file)) return readFileSync(file);
    const png = await draw();
    mkdirSync(this.folder, { recursive: true });
    // Builds running side by side (the tests build several sites at once) share the cache:
    // a card appears whole or not at all.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
