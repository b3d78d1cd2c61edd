/**
 * Draws the title cards it is given on standard input (JSON) into the card cache, in its own
 * process, so the build's main thread never waits for satori. Started by the title-cards-ahead
 * integration; a card it has not reached yet is drawn by its route as before.
 */
import { text } from 'node:stream/consumers';
import { titleCardPng, type TitleCard } from './title-card';

const cards = JSON.parse(await text(process.stdin)) as TitleCard[];
for (const card of cards) await titleCardPng(card);
