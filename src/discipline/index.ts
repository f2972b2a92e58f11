/**
 * @module sistem-merit/discipline
 */
export * from './regulations.js';
export * from './messages.js';
export * from './rules.js';
export * from './types.js';
export * from './riwayat-hukuman.js';
export * from './kalender.js';
export * from './hukuman-ketidakhadiran.js';
export * from './rekap-ketidakhadiran.js';
export * from './hukuman-pelanggaran.js';
export * from './berlaku-hukuman.js';
export * from './bentuk-hukuman.js';
export * from './efek-hukuman.js';
export * from './pejabat-berwenang.js';
export * from './pemutusan-pppk.js';
export * from './penyesuaian-gaji.js';
export * from './versi.js';
export * from './explain.js';
