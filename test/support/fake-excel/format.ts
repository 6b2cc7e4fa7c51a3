// Range formats of the fake Excel: fill (colour, pattern), font, cell lock, column width.
import { FakeExcelError, NO_FILL } from './model';
import { forEachCell, guardFormat, uniform, type RangeTarget } from './cells';
import { BaseProxy, type FakeContext } from './proxy';

export class RangeFormatProxy extends BaseProxy<RangeTarget> {
  readonly fill: FillProxy;
  readonly font: FontProxy;
  readonly protection: FormatProtectionProxy;

  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, resolver);
    this.fill = this.nav_(new FillProxy(context, resolver));
    this.font = this.nav_(new FontProxy(context, resolver));
    this.protection = this.nav_(new FormatProtectionProxy(context, resolver));
  }

  protected override nav(name: string): BaseProxy<unknown> | undefined {
    const children: Record<string, BaseProxy<unknown>> = {
      fill: this.fill as BaseProxy<unknown>,
      font: this.font as BaseProxy<unknown>,
      protection: this.protection as BaseProxy<unknown>,
    };
    return children[name];
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'columnWidth') return t.sheet.columnWidths.get(t.rect.left) ?? 48;
    throw new Error(`fake Excel: RangeFormat.${prop} not modelled`);
  }

  set columnWidth(points: number) {
    this.write(8, (t) => {
      guardFormat(t);
      for (let c = t.rect.left; c <= t.rect.right; c += 1) t.sheet.columnWidths.set(c, points);
    });
  }

  set verticalAlignment(_value: string) {
    this.write(8, (t) => guardFormat(t));
  }
}

export class FillProxy extends BaseProxy<RangeTarget> {
  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'color') return uniform(t, (c) => (c.fill.pattern === 'None' ? NO_FILL.color : c.fill.color));
    if (prop === 'pattern') return uniform(t, (c) => c.fill.pattern);
    if (prop === 'patternColor') return uniform(t, (c) => c.fill.patternColor);
    throw new Error(`fake Excel: RangeFill.${prop} not modelled`);
  }

  get color(): string { return this.get('color') as string; }
  set color(value: string) {
    this.write(16, (t) => {
      guardFormat(t);
      forEachCell(t, (cell) => {
        cell.fill = { color: value.toUpperCase(), pattern: cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern, patternColor: cell.fill.patternColor };
      });
    });
  }
  get pattern(): string { return this.get('pattern') as string; }
  set pattern(value: string) {
    this.write(16, (t) => {
      // Excel reports gradient fills but cannot set them through the API.
      if (/Gradient$/.test(value)) throw new FakeExcelError('InvalidArgument', `${value} fill pattern is not supported`);
      guardFormat(t);
      forEachCell(t, (cell) => void (cell.fill = { ...cell.fill, pattern: value }));
    });
  }
  get patternColor(): string | null { return this.get('patternColor') as string | null; }
  set patternColor(value: string | null) {
    this.write(16, (t) => {
      guardFormat(t);
      forEachCell(t, (cell) => void (cell.fill = { ...cell.fill, patternColor: value }));
    });
  }

  clear(): void {
    this.write(8, (t) => {
      guardFormat(t);
      forEachCell(t, (cell) => void (cell.fill = { ...NO_FILL }));
    });
  }
}

export class FontProxy extends BaseProxy<RangeTarget> {
  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'bold') return uniform(t, (c) => c.bold === true);
    throw new Error(`fake Excel: RangeFont.${prop} not modelled`);
  }

  set bold(value: boolean) {
    this.write(8, (t) => {
      guardFormat(t);
      forEachCell(t, (cell) => void (cell.bold = value));
    });
  }

  set size(_points: number) {
    this.write(8, (t) => guardFormat(t));
  }
}

export class FormatProtectionProxy extends BaseProxy<RangeTarget> {
  protected readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'locked') return uniform(t, (c) => c.locked);
    throw new Error(`fake Excel: FormatProtection.${prop} not modelled`);
  }

  get locked(): boolean | null { return this.get('locked') as boolean | null; }
}
