import { unified } from '@astrojs/markdown-remark';
import { Tinypool } from 'tinypool';
import { workerScript } from './worker-script';
import type { CompileFailure, CompileTask, CompileThreadSetup, MdxRenderer, MdxRenderResult } from './mdx-compile-task';
import { siteRemarkPlugins, type SiteMarkdownSetup } from './site-remark-plugins';

type MarkdownProcessor = ReturnType<typeof unified>;

/** The site's Markdown processor, which a build can switch to compiling MDX on other threads. */
export interface SiteMarkdownProcessor extends MarkdownProcessor {
  /** From now on, compile MDX files on this many worker threads. */
  compileInThreads(count: number): void;
  /** Stop the compile threads; a later compile starts them again. */
  closeThreads(): Promise<void>;
}

/**
 * Compiling MDX is the largest part of a build's bundling, and the bundler runs it on the
 * main thread, one file after another, while the machine's other cores wait. With threads
 * on, each file is compiled by the same plugins on a worker thread instead, and the main
 * thread goes on with the rest of the bundle. `astro dev` compiles in its own thread, so an
 * edit shows at once.
 */
export function siteMarkdownProcessor(site: SiteMarkdownSetup): SiteMarkdownProcessor {
  const inThisThread = unified({ remarkPlugins: siteRemarkPlugins(site) });
  let threads = 0;
  let pool: Promise<Tinypool> | undefined;

  const startPool = async (setup: CompileThreadSetup) =>
    new Tinypool({ filename: await workerScript(site.projectRoot, 'src/markdown-processor/mdx-compile-worker.ts'), minThreads: threads, maxThreads: threads, workerData: setup });

  return {
    ...inThisThread,
    async createMdxRenderer(shared, mdx): Promise<MdxRenderer> {
      if (threads === 0) return inThisThread.createMdxRenderer!(shared, mdx);
      pool ??= startPool({ site, shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } });
      const compiling = pool;
      return {
        async process(content, filePath, frontmatter) {
          const task: CompileTask = { content, filePath, frontmatter };
          const result = (await (await compiling).run(task)) as MdxRenderResult | CompileFailure;
          if ('failed' in result) throw Object.assign(new Error(result.failed.message), result.failed);
          return result;
        },
      };
    },
    compileInThreads(count) {
      threads = count;
    },
    async closeThreads() {
      const closing = pool;
      pool = undefined;
      await (await closing)?.destroy();
    },
  };
}
