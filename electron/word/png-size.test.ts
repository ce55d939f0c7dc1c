import { describe, expect, it } from 'vitest';
import { fitInside, pngSize } from './png-size';
import { solidPng } from './test-png';

describe('pngSize', () => {
  it('reads width and height from the PNG header', () => {
    expect(pngSize(solidPng(321, 45))).toEqual({ width: 321, height: 45 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a not a png at all, really'))).toThrow('Not a PNG');
    expect(() => pngSize(new Uint8Array(8))).toThrow('Not a PNG');
  });
});

describe('fitInside', () => {
  it('scales a wide picture to the box width and a tall one to its height, keeping the ratio', () => {
    expect(fitInside({ width: 2000, height: 500 }, { width: 550, height: 900 })).toEqual({ width: 550, height: 138 });
    expect(fitInside({ width: 500, height: 2000 }, { width: 550, height: 900 })).toEqual({ width: 225, height: 900 });
  });
});
