/**
 * A fake canvas 2D context for the headset video's painters (tests/xr-video-*.test.ts): it records
 * every text drawn with the state it was drawn in, and every shape filled, and measures a text as
 * half its font size per character, so layouts are predictable without a browser.
 */

export interface DrawnText {
  text: string;
  x: number;
  y: number;
  font: string;
  direction: CanvasDirection;
  textAlign: CanvasTextAlign;
  fillStyle: string;
}

/** Half the font's pixel size per character (the font string's first "<n>px"). */
export function fakeWidth(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10);
  return text.length * size * 0.5;
}

export class Fake2D {
  font = '10px sans-serif';
  fillStyle = '#000';
  strokeStyle = '#000';
  direction: CanvasDirection = 'inherit';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  lineWidth = 1;
  lineCap: CanvasLineCap = 'butt';
  lineJoin: CanvasLineJoin = 'miter';
  texts: DrawnText[] = [];
  /** Every visible mark: fills, strokes, filled rectangles and texts, by name. */
  marks: string[] = [];
  clears = 0;
  private stack: Omit<DrawnText, 'text' | 'x' | 'y'>[] = [];

  fillText(text: string, x: number, y: number): void {
    const { font, direction, textAlign, fillStyle } = this;
    this.texts.push({ text, x, y, font, direction, textAlign, fillStyle });
    this.marks.push('fillText');
  }
  measureText(text: string): { width: number } {
    return { width: fakeWidth(text, this.font) };
  }
  fill(): void {
    this.marks.push('fill');
  }
  stroke(): void {
    this.marks.push('stroke');
  }
  fillRect(): void {
    this.marks.push('fillRect');
  }
  clearRect(): void {
    this.clears++;
  }
  save(): void {
    const { font, direction, textAlign, fillStyle } = this;
    this.stack.push({ font, direction, textAlign, fillStyle });
  }
  restore(): void {
    Object.assign(this, this.stack.pop());
  }
  beginPath(): void {}
  closePath(): void {}
  moveTo(): void {}
  lineTo(): void {}
  arc(): void {}
  rect(): void {}
  roundRect(): void {}

  /** The same object seen as the real type the painters take. */
  get ctx(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
