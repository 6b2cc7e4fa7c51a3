export * from './types';
export { NATIONAL_PROFILE, DEFAULT_QUALITATIVE_WORDS } from './national';
export { HUBEI_PROFILE } from './hubei';
export { loadProfile, profileById } from './load';
export type { BuiltInProfileId, LoadProfileResult } from './load';
export { chooseProfile, isHubeiLayout, HUBEI_LAYOUT_REASON } from './auto';
export type { ProfileChoice, ProfileRequest } from './auto';
