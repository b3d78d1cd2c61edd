import QRCode from 'qrcode';

const codes = new Map<string, Promise<string>>();

/**
 * A QR code as inline SVG, made at build time: no script, no outside service, sharp at any
 * print resolution. Medium error correction survives a crease or a smudge on a corridor wall.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  // The A4 and the A5 leaflet of an algorithm print the same address: choosing the code's
  // mask is the costly part, so each address is encoded once per build.
  let drawn = codes.get(text);
  if (!drawn) codes.set(text, (drawn = QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })));
  const svg = await drawn;
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
