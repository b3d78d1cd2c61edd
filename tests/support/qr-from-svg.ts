import jsQR from 'jsqr';

/**
 * What a QR code drawn as SVG says, read the way a phone's camera would: the dark modules are
 * drawn into a picture, and jsQR decodes the picture. Reads the `qrcode` package's SVG (one
 * stroked path of horizontal runs, `M x y h n m dx dy h n …`), so a build test can check the
 * codes without a browser. `undefined` when nothing readable is drawn.
 */
export function qrText(svg: string, scale = 4): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) return undefined;
  const dark = new Set<string>();
  let [x, y] = [0, 0];
  for (const [, command, numbers] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const values = numbers!.trim().split(/[\s,]+/).map(Number);
    if (command === 'M') [x, y] = [values[0]!, values[1]!];
    else if (command === 'm') [x, y] = [x + values[0]!, y + values[1]!];
    else {
      const end = command === 'H' ? values[0]! : x + values[0]!;
      for (let column = x; column < end; column += 1) dark.add(`${column},${Math.floor(y)}`);
      x = end;
    }
  }
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let row = 0; row < width; row += 1) {
    for (let column = 0; column < width; column += 1) {
      if (!dark.has(`${Math.floor(column / scale)},${Math.floor(row / scale)}`)) continue;
      const at = (row * width + column) * 4;
      pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
    }
  }
  return jsQR(pixels, width, width)?.data;
}
