import { statSync } from 'node:fs';
import path from 'node:path';
import type { RenderableContact } from '../markdown/remark-vocabulary';
import { readDataFile } from '../lib/content-check/source-files';

/**
 * The contacts data file as the Markdown plugin needs it (id → number and names), read
 * afresh when the file changes, so the editors' preview follows edits to the numbers.
 */
export function contactsFileReader(projectRoot: string, contentDir: string): () => Map<string, RenderableContact> {
  const file = path.posix.join(contentDir, 'data', 'contacts.yaml');
  let cached: { changed: number; contacts: Map<string, RenderableContact> } | undefined;
  return () => {
    const changed = statSync(path.join(projectRoot, file)).mtimeMs;
    if (cached?.changed !== changed) {
      const records = readDataFile(projectRoot, file).records;
      cached = { changed, contacts: new Map(records.map((record) => [String(record.data.id), record.data as unknown as RenderableContact])) };
    }
    return cached.contacts;
  };
}
