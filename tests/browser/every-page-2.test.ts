import { checkEveryPage } from '../support/every-page-check';

// Shard 2 of the crawl of every page (tests/support/every-page-check.ts).
checkEveryPage(2, 3);
