// Bundled for the browser by test/e2e/support/wps.ts and injected before the WPS pages load: a fake
// window.Application (test/support/fake-et.ts) holding the seed fixture, exposed as window.__fakeEt
// so the test can look at the workbook the pane wrote.
import { FakeEt, fakeCell } from '../../support/fake-et';
import { workbookGrid } from '../../hosts/excel/tables';
import seed from '../../fixtures/sources/seed-xiyong-2022';

const fake = new FakeEt(workbookGrid(seed));
const w = window as unknown as Record<string, unknown>;
w.__fakeEt = fake;
w.__fakeCell = (sheet: string, address: string) => fakeCell(fake, sheet, address);
w.__fakeFunctions = () => [...fake.customFunctions.keys()];
w.__fakeCall = (name: string, ...args: unknown[]) => fake.callFunction(name, ...args);
w.Application = fake.application;
