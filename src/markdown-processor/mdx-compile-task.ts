import type { unified } from '@astrojs/markdown-remark';

type MarkdownProcessor = ReturnType<typeof unified>;
type CreateMdxRenderer = NonNullable<MarkdownProcessor['createMdxRenderer']>;
export type MdxSharedOptions = Parameters<CreateMdxRenderer>[0];
export type MdxRendererOptions = Parameters<CreateMdxRenderer>[1];
export type MdxRenderer = Awaited<ReturnType<CreateMdxRenderer>>;
export type MdxRenderResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** What a compile thread is started with: only data, since functions cannot cross threads. */
export interface CompileThreadSetup {
  site: import('./site-remark-plugins').SiteMarkdownSetup;
  shared: MdxSharedOptions;
  mdx: Omit<MdxRendererOptions, 'srcDir'> & { srcDir?: string | undefined };
}

/** One MDX file to compile. */
export interface CompileTask {
  content: string;
  filePath: string;
  frontmatter: Record<string, unknown>;
}

/** A compile error, as plain fields. */
export interface CompileFailure {
  failed: { name: string; message: string; stack?: string | undefined; line?: number | undefined; column?: number | undefined };
}
