import type { SourceEntry, SourceRecord } from './source-files';

/** An entry file as the checks see it: its source, and its data if the schema accepted it. */
export interface CheckedEntry extends SourceEntry {
  body: string;
  /** The line of the file on which `body` starts. */
  bodyLine: number;
  /** The validated data; undefined when the frontmatter has problems. */
  valid?: Record<string, unknown> | undefined;
}

export interface CheckedRecord extends SourceRecord {
  id: string;
}

/** Everything the content check read: entries per collection and records per data file. */
export interface ContentModel {
  entries: CheckedEntry[];
  records: Record<string, CheckedRecord[]>;
}
