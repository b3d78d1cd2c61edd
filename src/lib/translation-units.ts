import { getCollection } from 'astro:content';
import { entryCollectionNames } from '../site-structure';
import { isVisible, splitId } from './entries';
import type { Lang } from '../i18n/locales';
import type { TranslationUnit } from './translation-status';


/** Every visible entry file as the translation status sees it. */
export async function translationUnits(): Promise<TranslationUnit<Lang>[]> {
  const all = await Promise.all(
    entryCollectionNames.map(async (collection) =>
      (await getCollection(collection))
        .filter((entry) => isVisible(entry.data as { draft?: unknown }))
        .map((entry) => {
          const data = entry.data as { title: string; version?: number; translationOf?: number };
          return { collection, ...splitId(entry.id), title: data.title, version: data.version, translationOf: data.translationOf };
        }),
    ),
  );
  return all.flat();
}
