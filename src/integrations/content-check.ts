import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check';
import type { ContentModel } from '../lib/content-check/model';
import { formatWarnings } from '../lib/content-check/problem';
import { reviewWarnings } from '../lib/reviews-due';
import { useTranslations } from '../i18n/translator';
import { siteSettings } from '../site-settings';

/**
 * Runs the content check before Astro reads any content, so a production build with a
 * content problem stops at once, lists every problem, and writes nothing to `dist/`.
 * In `astro dev` the problems are printed and the server keeps running. Integrations that
 * need the content as a whole (moved addresses) ask the returned `model()`, so the content
 * is read once and nothing is kept outside the integration that read it.
 */
export function contentCheck(): AstroIntegration & { model: () => ContentModel | undefined } {
  let checked: ContentModel | undefined;
  return {
    model: () => checked,
    name: 'safe-city:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        const lang = siteSettings.checkLang;
        const { model, problems } = checkContent(projectRoot, siteSettings.contentDir, lang);
        checked = model;
        const warnings = reviewWarnings(model, new Date(), lang);
        if (warnings.length > 0) logger.warn(formatWarnings(warnings, lang));
        if (problems.length === 0) return;
        const report = formatProblems(problems, lang);
        if (command === 'build') {
          const error = new Error(`${report}\n\n${useTranslations(lang)('check.report.nothingBuilt')}`);
          error.name = 'ContentCheckError';
          error.stack = '';
          throw error;
        }
        logger.error(report);
      },
    },
  };
}
