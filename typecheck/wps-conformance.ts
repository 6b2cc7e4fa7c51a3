// Holds the WPS host's narrow ET types (src/hosts/wps/et.ts) against Kingsoft's typings of the
// object model (et-jsapi-declare, a dev dependency): every property or method the host uses must
// exist in ET under the same name, or `npm run typecheck:wps` fails. Kept out of the main type
// check (tsconfig.json) because those typings declare globals (Application, wps) for the whole
// program. Types only: nothing here is bundled.
/// <reference types="et-jsapi-declare" />
import type { EtApplication, EtAreas, EtComment, EtDocumentProperty, EtInterior, EtRange, EtTaskPane, EtWorkbook, EtWorksheet, EtWorksheets } from '../src/hosts/wps/et';

type Missing<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
/** never when every name of Ours exists in Theirs; else the missing names (and the check fails). */
type Check<M> = [M] extends [never] ? true : M;
type MustBeTrue<T extends true> = T;

export type EtNamesExist = [
  MustBeTrue<Check<Missing<EtRange, Et.Range>>>,
  MustBeTrue<Check<Missing<EtInterior, Et.Interior>>>,
  MustBeTrue<Check<Missing<EtComment, Et.Comment>>>,
  MustBeTrue<Check<Missing<EtAreas, Et.Areas>>>,
  MustBeTrue<Check<Missing<EtWorksheet, Et.Worksheet>>>,
  MustBeTrue<Check<Missing<EtWorksheets, Et.Worksheets>>>,
  MustBeTrue<Check<Missing<EtWorkbook, Et.Workbook>>>,
  MustBeTrue<Check<Missing<EtDocumentProperty, { Value: unknown; Delete(): void }>>>,
  MustBeTrue<Check<Missing<EtTaskPane, WPS.CustomTaskpane>>>,
  MustBeTrue<Check<Missing<EtApplication, Et.Application & WPS.AddonRoot & WPS.EtAddonRoot>>>,
];
