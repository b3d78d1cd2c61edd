import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cardsOfSite } from '../cards/cards-ahead';
import { langCodes } from '../i18n/locales';
import type { ContentModel } from '../lib/content-check/model';

/**
 * Draws the site's title cards in a second process while Astro starts, bundles and renders the pages.
 * Drawing a card takes ~20 ms, most of it in satori on the main thread: at 1,000 algorithms per
 * language that was 22 s of a cold build in which the machine's second core idled. The cards
 * land in the card cache, where the card routes find them. It draws from the last card back,
 * while the routes go from the first card on: if the routes catch up, the two meet in the
 * middle instead of drawing the same cards twice.
 */
export function titleCardsAhead(model: () => ContentModel | undefined): AstroIntegration {
  let finished: Promise<{ code: number | null; seconds: number }> | undefined;
  let count = 0;
  return {
    name: 'safe-city:title-cards-ahead',
    hooks: {
      // Started as soon as the content is checked, while Astro still loads and reads the content
      // with the machine's second core idle: about 2 s sooner than at build:start.
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = config.root;
        const content = model();
        if (!content) return;
        const cards = cardsOfSite(content, langCodes).map((planned) => planned.card).reverse();
        count = cards.length;
        const started = performance.now();
        const script = fileURLToPath(new URL('src/cards/draw-cards-process.ts', root));
        const drawing = spawn(process.execPath, ['--import', 'tsx', script], { cwd: fileURLToPath(root), stdio: ['pipe', 'ignore', 'inherit'] });
        // A build that fails does not wait for the cards; the process finishes them and ends.
        drawing.unref();
        // At a lower priority: Astro's own work is what the build waits for; the cards fill the gaps.
        // Two cold builds of 1,000 algorithms per language each way: 61.6 s both, against 66 and 70 s.
        if (drawing.pid !== undefined) setPriority(drawing.pid, 10);
        finished = new Promise((resolve) => {
          drawing.on('exit', (code) => resolve({ code, seconds: (performance.now() - started) / 1000 }));
          drawing.on('error', (error) => {
            logger.warn(`Title cards will be drawn page by page: ${error.message}`);
            resolve({ code: null, seconds: 0 });
          });
        });
        // If the process could not start, the exit code says so; the pipe's own error adds nothing.
        drawing.stdin.on('error', () => undefined);
        drawing.stdin.end(JSON.stringify(cards));
      },
      'astro:build:done': async ({ logger }) => {
        if (!finished) return;
        const { code, seconds } = await finished;
        if (code === 0) logger.info(`Title cards: ${count} ready after ${seconds.toFixed(1)} s, drawn beside the pages.`);
        else logger.warn(`Drawing title cards ahead stopped (exit ${code}); the card pages drew their own.`);
      },
    },
  };
}
