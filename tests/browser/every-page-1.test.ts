import { checkEveryPage } from '../support/every-page-check';

// Shard 1 of the crawl of every page (tests/support/every-page-check.ts).
checkEveryPage(1, 3);
