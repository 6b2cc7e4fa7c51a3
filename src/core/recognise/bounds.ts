// A growing rectangle of the cells a block was read from, merged areas included.
import { rectA1 } from '../grid/address';
import type { Rect } from '../grid/types';
import type { SheetReader } from './reader';

export class Bounds {
  top = Infinity;
  left = Infinity;
  bottom = -Infinity;
  right = -Infinity;

  add(reader: SheetReader, row: number, col: number): this {
    return this.addRect(row, col, reader.bottomEdge(row, col), reader.rightEdge(row, col));
  }

  addRect(top: number, left: number, bottom: number, right: number): this {
    if (top < this.top) this.top = top;
    if (left < this.left) this.left = left;
    if (bottom > this.bottom) this.bottom = bottom;
    if (right > this.right) this.right = right;
    return this;
  }

  addBounds(other: Bounds | undefined): this {
    if (other && !other.empty) this.addRect(other.top, other.left, other.bottom, other.right);
    return this;
  }

  get empty(): boolean {
    return this.top === Infinity;
  }

  rect(): Rect {
    return { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
  }

  a1(): string {
    return rectA1(this.rect());
  }
}
