import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(projectRoot, 'dist');
/** Scratch space for test builds of fixture sites; ignored by git. */
export const outputDir = path.join(projectRoot, 'tests/.output');
export const astroBin = path.join(projectRoot, 'node_modules/.bin/astro');
