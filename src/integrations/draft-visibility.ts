import type { AstroIntegration } from 'astro';

/**
 * Drafts are shown by `astro dev` (the editors' preview) and by nothing else. The decision is
 * made here, from the command Astro runs, and compiled into the site as a constant.
 */
export function draftVisibility(): AstroIntegration {
  return {
    name: 'safe-city:draft-visibility',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SAFE_CITY_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
