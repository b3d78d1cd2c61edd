import { getCollection } from 'astro:content';
import { isVisible, splitId, type EntryCollectionName } from './entries';
import type { TranslationUnit } from './translation-status';

const collections: EntryCollectionName[] = ['algorithms', 'minutes', 'recommendations', 'pages'];

/** Every visible entry file as the translation status sees it. */
export async function translationUnits(): Promise<TranslationUnit[]> {
  const all = await Promise.all(
    collections.map(async (collection) =>
      (await getCollection(collection))
        .filter((entry) => isVisible(entry.data as { status?: string; draft?: boolean }))
        .map((entry) => {
          const data = entry.data as { title: string; version?: number; translationOf?: number };
          return { collection, ...splitId(entry.id), title: data.title, version: data.version, translationOf: data.translationOf };
        }),
    ),
  );
  return all.flat();
}
