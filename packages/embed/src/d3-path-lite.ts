/**
 * The part of d3-path's `Path` that d3-shape's `line()` with its default curve (`curveLinear`) calls:
 * `moveTo`, `lineTo`, `closePath` and `toString`, with the same rounding to `digits` decimals. The
 * self-contained bundle resolves `d3-path` to this file (vite.config.ts): d3-path ships as one class with
 * arcs and curves the charts never draw (0.9 KB min+gzip; docs/decisions/0008-d3-modules.md). Any other
 * import from `d3-path` fails the build, and d3-path-lite.test.ts checks the output against d3-path's own.
 */
export class Path {
  _ = '';
  #started = false;
  readonly #k: number;

  constructor(digits?: number | null) {
    this.#k = digits == null || digits > 15 ? 0 : 10 ** Math.floor(digits);
  }

  #at(x: number, y: number): string {
    const k = this.#k;
    return k ? `${Math.round(x * k) / k},${Math.round(y * k) / k}` : `${+x},${+y}`;
  }

  moveTo(x: number, y: number): void {
    this.#started = true;
    this._ += `M${this.#at(x, y)}`;
  }

  lineTo(x: number, y: number): void {
    this.#started = true;
    this._ += `L${this.#at(x, y)}`;
  }

  closePath(): void {
    if (this.#started) this._ += 'Z';
  }

  toString(): string {
    return this._;
  }
}
