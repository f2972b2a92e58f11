import { defineMessages } from '../core/messages.js';

/** Reason texts of `pelayanan.predikatOrganisasiIkm`. */
export const PREDIKAT_ORGANISASI_IKM_MESSAGES = defineMessages('pelayanan.predikatOrganisasiIkm', {
  pemetaan: {
    id: 'Mutu pelayanan {mutu} → predikat organisasi {predikatOrganisasi} menurut pemetaan {pemetaan}; ini bukan ketentuan peraturan: tidak ada teks yang dibaca yang menetapkan predikat organisasi dari IKM',
    en: 'Service quality {mutu} → organisation rating {predikatOrganisasi} by the {pemetaan} mapping; this is not a regulation’s rule: no text read sets the organisation rating from the IKM',
  },
});
