/**
 * A compile thread of the build: turns one MDX file into its JavaScript module with the site's
 * own pipeline, exactly as the main thread would (see `mdx-compile-threads.ts`).
 */
import { unified } from '@astrojs/markdown-remark';
import { Tinypool } from 'tinypool';
import { siteRemarkPlugins } from './site-remark-plugins';
import type { CompileFailure, CompileTask, CompileThreadSetup, MdxRenderResult } from './mdx-compile-task';

const { site, shared, mdx: { srcDir, ...mdx } } = Tinypool.workerData as CompileThreadSetup;
const renderer = unified({ remarkPlugins: siteRemarkPlugins(site) }).createMdxRenderer!(shared, { ...mdx, ...(srcDir ? { srcDir: new URL(srcDir) } : {}) });

export default async function compile({ content, filePath, frontmatter }: CompileTask): Promise<MdxRenderResult | CompileFailure> {
  try {
    return await (await renderer).process(content, filePath, frontmatter);
  } catch (error) {
    // An Error loses its own fields between threads; the MDX plugin reads line and column.
    const { name, message, stack, line, column } = error as Error & { line?: number; column?: number };
    return { failed: { name, message, stack, line, column } };
  }
}
