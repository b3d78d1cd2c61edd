import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check';
import { contentRoot } from '../schemas/collections';

/**
 * Runs the content check before Astro reads any content, so a production build with a
 * content problem stops at once, lists every problem, and writes nothing to `dist/`.
 * In `astro dev` the problems are printed and the server keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'safe-city:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const { problems } = checkContent(projectRoot, contentRoot());
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') {
          const error = new Error(`${report}\n\nNothing was built. Fix the problems above and build again.`);
          error.name = 'ContentCheckError';
          error.stack = '';
          throw error;
        }
        logger.error(report);
      },
    },
  };
}
