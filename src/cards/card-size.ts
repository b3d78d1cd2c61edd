/**
 * Link previews (Telegram, Viber, Facebook) show cards at 1.91:1; 600 × 315 is the smallest
 * size they show as a large preview, and draws four times faster than 1200 × 630.
 */
export const cardSize = { width: 600, height: 315 } as const;
