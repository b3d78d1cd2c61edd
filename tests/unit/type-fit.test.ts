import { describe, expect, it } from 'vitest';
import { leafletCapacity, leafletTypeSize } from '../../src/lib/leaflet-fit';
import { fittingTypeSize, minimumTypeSize, printSizeStyle } from '../../src/lib/type-fit';

describe('the type size of a sheet', () => {
  it('grows as the text gets shorter, so a short text fills its sheet', () => {
    const sizes = [4000, 2100, 1500, 1000, 600, 300].map(leafletTypeSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(leafletTypeSize(1000)).toBeGreaterThan(13);
    // A text a quarter as long is printed twice as large: it takes the same paper.
    expect(fittingTypeSize(500, { at10pt: 2000, largest: 40 })).toBe(20);
  });

  it('never goes below 10 pt nor above the sheet’s largest, in half points', () => {
    expect(leafletTypeSize(100_000)).toBe(minimumTypeSize);
    expect(leafletTypeSize(10)).toBe(leafletCapacity.largest);
    expect(fittingTypeSize(0, { at10pt: 2000, largest: 40 })).toBe(40);
    for (let characters = 200; characters < 5000; characters += 37) expect((leafletTypeSize(characters) * 2) % 1).toBe(0);
  });

  it('reaches the print styles as a custom property', () => {
    expect(printSizeStyle(12.5)).toBe('--print-size: 12.5pt');
  });
});
