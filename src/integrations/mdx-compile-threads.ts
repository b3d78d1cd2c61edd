import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import type { SiteMarkdownProcessor } from '../markdown-processor/mdx-compile-threads';
import { siteSettings } from '../site-settings';

/**
 * In a build, MDX is compiled on worker threads, one per core, and the threads stop when the
 * bundle is done. Pages are the same byte for byte; see `siteMarkdownProcessor`. One per core,
 * not one fewer: the main thread mostly waits on them meanwhile (figures in CHANGELOG).
 */
export function mdxCompileThreads(processor: SiteMarkdownProcessor): AstroIntegration {
  return {
    name: 'safe-city:mdx-compile-threads',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build' || !siteSettings.optimised('compile-threads')) return;
        processor.compileInThreads(availableParallelism());
        updateConfig({ vite: { plugins: [{ name: 'safe-city:mdx-compile-threads', buildEnd: () => processor.closeThreads() }] } });
      },
      'astro:build:done': () => processor.closeThreads(),
    },
  };
}
