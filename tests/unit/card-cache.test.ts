import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardCache } from '../../src/cards/card-cache';

describe('the title-card cache', () => {
  it('draws a card once and then reads it from disk, until its words or the design change', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const design = path.join(folder, 'design.ts');
    writeFileSync(design, 'version 1');
    let drawn = 0;
    const draw = async () => Buffer.from(`png ${++drawn}`);
    const cache = new CardCache(path.join(folder, 'cache'), [design]);
    expect(String(await cache.get({ title: 'A' }, draw))).toBe('png 1');
    expect(String(await cache.get({ title: 'A' }, draw))).toBe('png 1');
    expect(String(await cache.get({ title: 'B' }, draw))).toBe('png 2');
    writeFileSync(design, 'version 2');
    expect(String(await new CardCache(path.join(folder, 'cache'), [design]).get({ title: 'A' }, draw))).toBe('png 3');
    expect(readdirSync(path.join(folder, 'cache')).length).toBe(3);
  });
});
