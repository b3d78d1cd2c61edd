import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteSettings } from '../site-settings';
import { addressOfFile, comparePublished, formatPublishedList, parsePublishedList, stepAddresses } from '../lib/addresses/published-list';

/**
 * Holds the site to its published addresses: after the build (and after the redirect pages
 * are written), every address in `content/published-urls.txt` must still answer. New pages
 * add themselves to the list, so an editor working in GitHub's web editor has nothing to do:
 * the deploy of main commits the grown list back. Only the real content is held to the list.
 */
export function publishedAddresses(options: { listFile: string; enabled: boolean }): AstroIntegration {
  return {
    name: 'safe-city:published-addresses',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!options.enabled) return;
        const distDir = fileURLToPath(dir);
        const built = new Set<string>();
        for (const file of readdirSync(distDir, { recursive: true }).map(String)) {
          const address = addressOfFile(file.split(path.sep).join('/'));
          if (address === undefined) continue;
          built.add(address);
          // Partners link to single steps, so each step's anchor is an address too.
          for (const step of stepAddresses(address, readFileSync(path.join(distDir, file), 'utf8'))) built.add(step);
        }
        const listed = existsSync(options.listFile) ? parsePublishedList(readFileSync(options.listFile, 'utf8')) : [];
        const { missing, added } = comparePublished(listed, built);
        const listName = path.relative(process.cwd(), options.listFile);
        if (missing.length) {
          const steps = missing.filter((address) => address.includes('#'));
          const pages = missing.filter((address) => !address.includes('#'));
          const list = (addresses: string[]) => addresses.map((address) => `  ${address}`).join('\n');
          const error = new Error(
            [
              pages.length &&
                `${listName}: ${pages.length} published address(es) no longer exist:\n${list(pages)}\n` +
                  'Fix: a published address must keep working. If the entry was renamed or merged, add its old id to "previousIds" ' +
                  'in the frontmatter of the entry it became; if a file was deleted by mistake, restore it.',
              steps.length &&
                `${listName}: ${steps.length} published link(s) to a step no longer lead to a step:\n${list(steps)}\n` +
                  'Fix: partners link to single steps. Start the step such a link should now lead to with the old anchor, ' +
                  'e.g. ":anchor{#step-7} …" (see docs/content-reference.md).',
            ]
              .filter(Boolean)
              .join('\n\n'),
          );
          error.name = 'PublishedAddressError';
          error.stack = '';
          throw error;
        }
        if (!added.length) return;
        writeFileSync(options.listFile, formatPublishedList([...listed, ...added]));
        const message = `${added.length} new address(es) added to ${listName}`;
        logger.info(`${message}: commit it with your change (the deploy on main records it too)`);
        if (siteSettings.githubActions) console.log(`::notice file=${listName}::${message}`);
      },
    },
  };
}
