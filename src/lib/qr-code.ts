import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time: no script, no outside service, sharp at any
 * print resolution. Medium error correction survives a crease or a smudge on a corridor wall.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
