export { createWpsHost, capabilitiesOf, wpsVersion } from './host';
export type { WpsHostOptions } from './host';
export type { EtApplication } from './et';
