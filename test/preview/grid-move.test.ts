// Keyboard moves of the preview grid's selection: one cell per arrow, merged areas as one cell,
// Home/End on the row, Ctrl+Home/End to the corners, nothing past the edges.
import { parseA1 } from '../../src/core/grid/address';
import { moveSelection, type MoveKey } from '../../src/preview/grid/move';

const bounds = { rows: 36, columns: 10, merges: [{ top: 3, left: 2, bottom: 5, right: 4 }] };
const move = (from: string, key: MoveKey, ctrl = false) => moveSelection(parseA1(from)!, key, bounds, ctrl).address;

describe('moving the grid selection with the keyboard', () => {
  it('moves one cell per arrow key', () => {
    expect(move('I21', 'ArrowDown')).toBe('I22');
    expect(move('I21', 'ArrowUp')).toBe('I20');
    expect(move('I21', 'ArrowLeft')).toBe('H21');
    expect(move('I21', 'ArrowRight')).toBe('J21');
  });

  it('goes to the first and last column of the row with Home and End, to the corners with Ctrl', () => {
    expect(move('I21', 'Home')).toBe('A21');
    expect(move('C21', 'End')).toBe('J21');
    expect(move('I21', 'Home', true)).toBe('A1');
    expect(move('C2', 'End', true)).toBe('J36');
  });

  it('stays at the edges of the sheet', () => {
    expect(move('A1', 'ArrowUp')).toBe('A1');
    expect(move('A1', 'ArrowLeft')).toBe('A1');
    expect(move('J36', 'ArrowDown')).toBe('J36');
    expect(move('J36', 'ArrowRight')).toBe('J36');
  });

  it('treats a merged area as one cell: lands on its anchor and leaves from its far edge', () => {
    expect(move('A4', 'ArrowRight')).toBe('B3');
    expect(move('C6', 'ArrowUp')).toBe('B3');
    expect(move('B3', 'ArrowDown')).toBe('B6');
    expect(move('B3', 'ArrowRight')).toBe('E3');
    expect(move('B3', 'ArrowLeft')).toBe('A3');
    expect(move('B3', 'ArrowUp')).toBe('B2');
    expect(move('B3', 'End')).toBe('J3');
  });

  it('keeps the row it came from through a tall merged cell (Home into A6:A36 from row 21, End back to row 21)', () => {
    const tall = { rows: 36, columns: 10, merges: [{ top: 6, left: 1, bottom: 36, right: 1 }] };
    const home = moveSelection({ row: 21, col: 9 }, 'Home', tall);
    expect(home).toEqual({ address: 'A6', row: 21, col: 1 });
    expect(moveSelection(home, 'End', tall).address).toBe('J21');
    expect(moveSelection(home, 'ArrowRight', tall).address).toBe('B21');
    expect(moveSelection(home, 'ArrowDown', tall).address).toBe('A6');
  });
});
