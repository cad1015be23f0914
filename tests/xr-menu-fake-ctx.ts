/**
 * A canvas 2D context that records what is drawn, for the hand menu's tests (no canvas in Node):
 * each call with the direction, alignment, font and fill it was made with. Text is measured as
 * 0.55 em a character, enough for fitting and truncation to behave.
 */
export interface Call {
  name: string;
  args: unknown[];
  direction: string;
  textAlign: string;
  font: string;
  fillStyle: string;
}

export class FakeContext {
  calls: Call[] = [];
  direction = 'inherit';
  textAlign = 'start';
  textBaseline = 'alphabetic';
  font = '10px sans-serif';
  fillStyle = '#000';
  strokeStyle = '#000';
  lineWidth = 1;
  lineCap = 'butt';
  lineJoin = 'miter';
  private stack: Pick<FakeContext, 'direction' | 'textAlign' | 'font' | 'fillStyle'>[] = [];

  private record(name: string, args: unknown[]): void {
    this.calls.push({
      name,
      args,
      direction: this.direction,
      textAlign: this.textAlign,
      font: this.font,
      fillStyle: this.fillStyle,
    });
  }
  save(): void {
    this.stack.push({ direction: this.direction, textAlign: this.textAlign, font: this.font, fillStyle: this.fillStyle });
  }
  restore(): void {
    const s = this.stack.pop();
    if (s) Object.assign(this, s);
  }
  measureText(text: string): { width: number } {
    const size = Number(/(\d+)px/.exec(this.font)?.[1] ?? 10);
    return { width: text.length * size * 0.55 };
  }
  fillText(text: string, x: number, y: number): void {
    this.record('fillText', [text, x, y]);
  }
  arc(x: number, y: number, r: number, a0: number, a1: number): void {
    this.record('arc', [x, y, r, a0, a1]);
  }
  roundRect(x: number, y: number, w: number, h: number): void {
    this.record('roundRect', [x, y, w, h]);
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.record('rect', [x, y, w, h]);
  }
  beginPath(): void {}
  closePath(): void {}
  moveTo(x: number, y: number): void {
    this.record('moveTo', [x, y]);
  }
  lineTo(x: number, y: number): void {
    this.record('lineTo', [x, y]);
  }
  fill(): void {
    this.record('fill', []);
  }
  stroke(): void {}
  clip(): void {}

  /** The texts drawn, with how. */
  texts(): Call[] {
    return this.calls.filter((c) => c.name === 'fillText');
  }
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}
