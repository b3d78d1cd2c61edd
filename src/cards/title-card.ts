import { Renderer, type ContainerNode, type Node, type TextNode } from '@takumi-rs/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CardCache } from './card-cache';
import { cardSize } from './card-size';

export interface TitleCard {
  /** The page title, the largest text. */
  title: string;
  /** The site's name, on the top band. */
  site: string;
  /** What the page is: "Алгоритм дій · Крадіжки та пограбування". */
  label: string;
}

let renderer: Promise<Renderer> | undefined;

/**
 * Noto Sans from the npm package, read at build time only: the site itself serves no fonts.
 * Each script subset is a family of its own, named in the fallback order of the card's font stack.
 */
async function cardRenderer(): Promise<Renderer> {
  const files = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  const drawing = new Renderer();
  for (const subset of ['cyrillic', 'latin']) {
    for (const weight of [400, 700]) {
      await drawing.registerFont({ name: `Noto ${subset}`, data: readFileSync(path.join(files, `noto-sans-${subset}-${weight}-normal.woff2`)), weight, style: 'normal' });
    }
  }
  return drawing;
}

type Style = NonNullable<ContainerNode['style']>;
const box = (style: Style, children: Node[]): ContainerNode => ({ type: 'container', style: { display: 'flex', ...style }, children });
const words = (text: string): TextNode => ({ type: 'text', text });

/** The title sets its own size: short titles large, long ones smaller, always within the card. */
function titleSize(title: string): number {
  if (title.length <= 32) return 44;
  if (title.length <= 60) return 36;
  return 30;
}

let cache: CardCache | undefined;

/** The drawn cards of this project, kept by their words and the drawing code. */
export function cardCache(): CardCache {
  const root = process.cwd();
  cache ??= new CardCache(path.join(root, 'node_modules/.cache/safe-city-cards'), [
    path.join(root, 'src/cards/title-card.ts'),
    path.join(root, 'src/cards/card-size.ts'),
    path.join(root, 'package-lock.json'),
  ]);
  return cache;
}

/** A page's title card as PNG: the site's colours, its name, the page title, what the page is. */
export async function titleCardPng(card: TitleCard): Promise<Buffer> {
  return cardCache().get(card, () => drawCard(card));
}

async function drawCard(card: TitleCard): Promise<Buffer> {
  renderer ??= cardRenderer();
  // Takumi lays the card out and rasterises it in Rust, off the main thread, so drawing cards
  // does not hold up rendering pages (it replaced satori and resvg; figures in CHANGELOG).
  const png = await (await renderer).render(
    box({ width: '100%', height: '100%', flexDirection: 'column', backgroundColor: '#ffffff', fontFamily: 'Noto cyrillic, Noto latin', color: '#1a1a1a' }, [
      box({ backgroundColor: '#a4201c', color: '#ffffff', fontSize: 22, fontWeight: 700, padding: '14px 32px' }, [words(card.site)]),
      box({ flexGrow: 1, alignItems: 'center', padding: '0 32px', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2 }, [words(card.title)]),
      box({ height: 2, backgroundColor: '#b1b4b6', margin: '0 32px' }, []),
      box({ margin: '0 32px', padding: '12px 0 18px', fontSize: 18, color: '#4a4a4a' }, [words(card.label)]),
    ]),
    { ...cardSize, format: 'png' },
  );
  return Buffer.from(png);
}
