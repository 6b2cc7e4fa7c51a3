// Ribbon commands: the manifest's one ExecuteFunction action, the pane shown, validate run, completed
// once; nothing registered that the manifest never calls.
import * as fs from 'fs';
import * as path from 'path';
import { ACTION_IDS, registerCommands, type CommandOffice } from '../../src/commands/register';

const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

type Action = (event?: { completed?: () => void }) => void;

function fakeOffice(options: { showFails?: boolean } = {}): { office: CommandOffice; actions: Map<string, Action>; calls: string[] } {
  const actions = new Map<string, Action>();
  const calls: string[] = [];
  const office: CommandOffice = {
    actions: { associate: (id, action) => void actions.set(id, action as Action) },
    addin: {
      showAsTaskpane: async () => {
        calls.push('show');
        if (options.showFails) throw new Error('SharedRuntime 1.1 missing');
      },
    },
  };
  return { office, actions, calls };
}

/** Invokes a command as Office does and resolves when it calls event.completed(). */
function invoke(action: Action | undefined, calls: string[]): Promise<number> {
  return new Promise((resolve) => {
    let completed = 0;
    action?.({
      completed: () => {
        completed += 1;
        calls.push('completed');
        setTimeout(() => resolve(completed), 5);
      },
    });
  });
}

describe('registerCommands', () => {
  it('associates exactly the FunctionNames of the manifest’s ExecuteFunction actions', () => {
    const { office, actions } = fakeOffice();
    expect(registerCommands({ validate: async () => undefined }, office)).toBe(true);
    const called = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort();
    expect(called).toEqual(['validateWorkbook']);
    expect([...actions.keys()].sort()).toEqual(called);
    expect(ACTION_IDS).toEqual({ validate: 'validateWorkbook' });
  });

  it('validateWorkbook shows the pane, runs the injected validation, then completes', async () => {
    const { office, actions, calls } = fakeOffice();
    registerCommands(
      {
        validate: async () => {
          calls.push('validate start');
          await new Promise((resolve) => setTimeout(resolve, 10));
          calls.push('validate end');
        },
      },
      office,
    );
    expect(await invoke(actions.get('validateWorkbook'), calls)).toBe(1);
    expect(calls).toEqual(['show', 'validate start', 'validate end', 'completed']);
  });

  it('completes even when the validation fails or the pane cannot be shown', async () => {
    const { office, actions, calls } = fakeOffice({ showFails: true });
    registerCommands({ validate: async () => Promise.reject(new Error('read failed')) }, office);
    expect(await invoke(actions.get('validateWorkbook'), calls)).toBe(1);
    expect(calls).toEqual(['show', 'completed']);
  });

  it('does nothing outside Office or without Office.actions', () => {
    expect(registerCommands({ validate: async () => undefined }, undefined)).toBe(false);
    expect(registerCommands({ validate: async () => undefined }, {})).toBe(false);
  });

  it('completes the command after timeoutMs even when the validation never ends', async () => {
    const { office, actions, calls } = fakeOffice();
    registerCommands({ validate: () => new Promise(() => undefined) }, office, { timeoutMs: 20 });
    expect(await invoke(actions.get('validateWorkbook'), calls)).toBe(1);
  });
});
