import { Renderer } from '@takumi-rs/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface AppIcon {
  /** The file under `/icons/`. */
  file: string;
  /** The drawing it is made from, in `public/`: the SVGs stay the one source. */
  source: 'favicon.svg' | 'icon-maskable.svg';
  size: number;
  /** In the web app manifest; the Apple icon is named by the page head instead. */
  purpose?: 'any' | 'maskable';
}

/**
 * PNG copies of the SVG icons at the sizes installers ask for: Android's wants 192 and 512
 * pixels, some browsers take no SVG at all, and iPhones read a 180-pixel `apple-touch-icon`
 * (square and full-bleed: iOS rounds the corners itself).
 */
export const appIcons: AppIcon[] = [
  { file: 'icon-192.png', source: 'favicon.svg', size: 192, purpose: 'any' },
  { file: 'icon-512.png', source: 'favicon.svg', size: 512, purpose: 'any' },
  { file: 'icon-maskable-192.png', source: 'icon-maskable.svg', size: 192, purpose: 'maskable' },
  { file: 'icon-maskable-512.png', source: 'icon-maskable.svg', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', source: 'icon-maskable.svg', size: 180 },
];

let renderer: Renderer | undefined;

/** One icon drawn from its SVG at build time, by Takumi as the title cards are. */
export async function appIconPng(icon: AppIcon): Promise<Buffer> {
  renderer ??= new Renderer();
  const svg = readFileSync(path.join(process.cwd(), 'public', icon.source));
  const png = await renderer.render(
    { type: 'image', src: icon.source, style: { width: '100%', height: '100%' } },
    { width: icon.size, height: icon.size, format: 'png', images: [{ src: icon.source, data: svg }] },
  );
  return Buffer.from(png);
}
