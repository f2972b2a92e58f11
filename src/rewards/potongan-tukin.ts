/**
 * `rewards.potonganTukin`: the monthly tukin/TPP deduction. Split along its seams: the schedule format
 * (`potongan-tukin/jadwal.ts`), the published presets an auditor checks alone (`potongan-tukin/presets.ts`),
 * the causes and their labels (`potongan-tukin/sebab.ts`), coverage (`potongan-tukin/cakupan.ts`), the rule
 * page's tables (`potongan-tukin/tables.ts`) and the rule (`potongan-tukin/rule.ts`).
 */
export * from './potongan-tukin/sebab.js';
export * from './potongan-tukin/jadwal.js';
export * from './potongan-tukin/presets.js';
export * from './potongan-tukin/rule.js';
