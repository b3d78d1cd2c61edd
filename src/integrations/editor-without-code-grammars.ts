import type { AstroIntegration } from 'astro';

const grammars = '@shikijs/langs/';
const noGrammar = '\0safe-city:no-code-grammar';

/**
 * The web editor (Sveltia CMS, from npm) imports a highlighting grammar for each of some 240
 * programming languages, for code blocks in its rich-text mode. Our editors write the body in
 * raw mode (src/cms/cms-config.ts) and the content has no code, so no grammar is ever loaded,
 * yet every build bundled them all. Each is built as an empty list instead: a code block, if
 * one ever showed, would be drawn as plain text.
 */
export function editorWithoutCodeGrammars(): AstroIntegration {
  return {
    name: 'safe-city:editor-without-code-grammars',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'safe-city:no-code-grammars',
                enforce: 'pre',
                resolveId: (id: string) => (id.startsWith(grammars) ? noGrammar : undefined),
                load: (id: string) => (id === noGrammar ? 'export default [];' : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
