// functions.json is generated from the JSDoc of src/functions/functions.ts: check what Excel will see.
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

interface Param { name: string; type: string; optional?: boolean; dimensionality?: string; description?: string }
interface Fn { id: string; name: string; description: string; parameters: Param[] }

let functions: Fn[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'));
  errors = result.errors;
  functions = result.metadataJson ? (JSON.parse(result.metadataJson).functions as Fn[]) : [];
}, 30000);

const byId = (id: string) => functions.find((f) => f.id === id);

describe('generated custom-function metadata', () => {
  it('generates without errors', () => {
    expect(errors).toEqual([]);
  });

  it('has exactly the seven upper-case ASCII ids', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(['BUDGET', 'CHECK', 'GRADE', 'QUAL', 'RATE', 'SCORE', 'TOTAL']);
    for (const f of functions) expect(f.id).toMatch(/^[A-Z]+$/);
  });

  it.each([
    ['SCORE', 'op target actual weight profile?'],
    ['RATE', 'op target actual'],
    ['QUAL', 'grade weight profile?'],
    ['BUDGET', 'budget spent weight?'],
    ['GRADE', 'total'],
    ['TOTAL', 'scores[][]'],
    ['CHECK', 'weights[][] expected?'],
  ])('%s(%s)', (id, signature) => {
    const f = byId(id);
    const shape = f?.parameters
      .map((p) => `${p.name}${p.dimensionality === 'matrix' ? '[][]' : ''}${p.optional ? '?' : ''}`)
      .join(' ');
    expect(shape).toBe(signature);
  });

  it('describes every function and parameter in Chinese first, then English', () => {
    for (const f of functions) {
      expect(f.description).toMatch(/^[\u4e00-\u9fff]/);
      expect(f.description).toMatch(/[A-Za-z]{4,}/);
      for (const p of f.parameters) {
        expect(p.description).toMatch(/^[\u4e00-\u9fff]/);
        expect(p.description).toMatch(/[A-Za-z]{4,}/);
      }
    }
  });
});
