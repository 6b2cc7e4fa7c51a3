// The file host runs in the browser preview too: only node.ts may touch Node's own modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', 'src', 'hosts', 'file');

describe('src/hosts/file is browser-safe', () => {
  const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'node.ts');

  it.each(modules)('%s imports no Node module', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports.filter((m) => m.startsWith('node:') || ['fs', 'path', 'os', 'zlib', 'worker_threads', 'stream'].includes(m))).toEqual([]);
    expect(imports.filter((m) => m.includes('/node'))).toEqual([]);
  });

  it('index.ts, the browser entry, does not re-export node.ts', () => {
    expect(readFileSync(join(DIR, 'index.ts'), 'utf8')).not.toMatch(/['"]\.\/node['"]/);
  });
});
