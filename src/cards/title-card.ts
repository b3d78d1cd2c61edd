import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
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

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

/** Noto Sans from the npm package, read at build time only: the site itself serves no fonts. */
function loadFonts(): Font[] {
  const files = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
  // Satori looks a glyph up font by font, so each script subset needs its own name.
  return ['cyrillic', 'latin'].flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: `Noto ${subset}`, data: readFileSync(path.join(files, `noto-sans-${subset}-${weight}-normal.woff`)), weight, style: 'normal' as const })),
  );
}

const node = (style: Record<string, unknown>, children: unknown) => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

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
  fonts ??= loadFonts();
  const svg = await satori(
    node({ width: '100%', height: '100%', flexDirection: 'column', background: '#ffffff', fontFamily: 'Noto cyrillic, Noto latin', color: '#1a1a1a' }, [
      node({ background: '#a4201c', color: '#ffffff', fontSize: 22, fontWeight: 700, padding: '14px 32px' }, card.site),
      node({ flexGrow: 1, alignItems: 'center', padding: '0 32px', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2 }, card.title),
      node({ borderTop: '2px solid #b1b4b6', margin: '0 32px', padding: '12px 0 18px', fontSize: 18, color: '#4a4a4a' }, card.label),
    ]),
    { ...cardSize, fonts },
  );
  // Rendered off the main thread, so pages keep building while the picture is drawn.
  return (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
}
