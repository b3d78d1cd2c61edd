import { checkEveryPage } from '../support/every-page-check';

// Shard 3 of the crawl of every page (tests/support/every-page-check.ts).
checkEveryPage(3, 3);
