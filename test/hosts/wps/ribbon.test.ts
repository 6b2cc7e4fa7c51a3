// The ribbon group 绩效 in WPS: 打开面板 opens one pane (kept by id in PluginStorage), 校验 opens it
// and leaves a validation request the pane takes once; the pane's own close button hides it.
import type { EtApplication } from '../../../src/hosts/wps/et';
import { createRibbon, hidePane, takeValidateRequest } from '../../../src/hosts/wps/ribbon';
import { FakeEt } from '../../support/fake-et';

describe('WPS ribbon', () => {
  it('opens one pane, docked right, and shows it again instead of opening another', () => {
    const fake = new FakeEt();
    const app = fake.application as EtApplication;
    const ribbon = createRibbon({ app, paneUrl: 'http://oa/perf/taskpane.html' });
    expect(ribbon.OnAction({ Id: 'perfOpenPane' })).toBe(true);
    expect(fake.taskPanes).toHaveLength(1);
    expect(fake.taskPanes[0]).toMatchObject({ url: 'http://oa/perf/taskpane.html', title: 'PERF 绩效校验', Visible: true, DockPosition: 2 });
    hidePane(app);
    expect(fake.taskPanes[0].Visible).toBe(false);
    ribbon.OnAction({ Id: 'perfOpenPane' });
    expect(fake.taskPanes).toHaveLength(1);
    expect(fake.taskPanes[0].Visible).toBe(true);
  });

  it('校验 opens the pane and leaves one request, taken once; it tells an open pane too', () => {
    const fake = new FakeEt();
    const app = fake.application as EtApplication;
    const posted: string[] = [];
    const ribbon = createRibbon({ app, paneUrl: 'x', now: () => 42, post: (m) => posted.push(m) > 0 });
    ribbon.OnAction({ Id: 'perfValidate' });
    expect(fake.taskPanes).toHaveLength(1);
    expect(posted).toEqual(['validate']);
    expect(takeValidateRequest(app)).toBe(true);
    expect(takeValidateRequest(app)).toBe(false);
  });

  it('registers the functions on load, answers unknown controls with false, and names icons', () => {
    let registered = 0;
    const ribbon = createRibbon({ app: undefined, paneUrl: 'x', registerFunctions: () => void (registered += 1) });
    expect(ribbon.OnAddinLoad()).toBe(true);
    expect(registered).toBe(1);
    expect(ribbon.OnAction({ Id: 'other' })).toBe(false);
    expect(ribbon.OnAction({ Id: 'perfOpenPane' })).toBe(true);
    expect(ribbon.GetImage({ Id: 'perfValidate' })).toBe('images/validate.png');
  });
});
