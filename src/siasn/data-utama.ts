/**
 * The SIASN *data utama* record (`pns/data-utama/{nip}` → `data`), as far as the adapters read it. Fields
 * not listed pass through unchecked (these are external records); every field listed is validated.
 * Field names and formats: docs/sources/siasn.md.
 */
import * as z from 'zod/mini';
import { bilanganSiasn, idSiasn, tanggalSiasn, teksSiasn } from './nilai.js';

export const siasnDataUtamaSchema = z.looseObject({
  id: idSiasn,
  nipBaru: idSiasn,
  nama: teksSiasn,
  tglLahir: tanggalSiasn,
  tmtCpns: tanggalSiasn,
  tmtPns: tanggalSiasn,
  golRuangAwalId: idSiasn,
  golRuangAkhirId: idSiasn,
  tmtGolAkhir: tanggalSiasn,
  tkPendidikanTerakhirId: idSiasn,
  jenisJabatanId: idSiasn,
  jabatanNama: teksSiasn,
  jabatanStrukturalId: idSiasn,
  jabatanFungsionalId: idSiasn,
  jabatanFungsionalNama: teksSiasn,
  jabatanFungsionalUmumId: idSiasn,
  eselonId: idSiasn,
  tmtJabatan: tanggalSiasn,
  jenjang: teksSiasn,
  bupPensiun: bilanganSiasn,
  tmtPensiun: tanggalSiasn,
  kedudukanPnsId: idSiasn,
  jenisPegawaiId: idSiasn,
});
export type SiasnDataUtama = z.output<typeof siasnDataUtamaSchema>;
