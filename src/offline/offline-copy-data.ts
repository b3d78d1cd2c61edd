/** What the offline-copy controls' script needs, carried in the page as JSON. */
export interface OfflineCopyData {
  lang: string;
  /** The language's list of what the copy holds, with its sizes (`/offline/<lang>.json`). */
  listUrl: string;
  /** Where the service worker records what it saved and when. */
  statusUrl: string;
  labels: Record<'noScript' | 'unsupported' | 'nothing' | 'savingData' | 'saving' | 'saved' | 'savedAll' | 'failed' | 'removed' | 'saveAuto' | 'keepAuto' | 'saveAll' | 'remove' | 'megabytes', string>;
}

/** `/offline/<lang>.json`, written after the build by the offline-reading integration. */
export interface OfflineList {
  version: string;
  automatic: string[];
  optional: string[];
  /** Bytes as downloaded. */
  automaticBytes: number;
  optionalBytes: number;
  algorithms: { automatic: number; all: number };
}

/** What the service worker records once it has saved a copy. */
export interface OfflineStatus {
  savedAt: string;
  choice: 'auto' | 'all';
  bytes: number;
  algorithms: { automatic: number; all: number };
}
