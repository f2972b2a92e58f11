import { describe, expect, it } from 'vitest';
import { hukumanPelanggaran } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';

describe('labels used by discipline facts', () => {
  it('render the dampak in the discipline sense', () => {
    const d = hukumanPelanggaran({ ketentuan: 'PASAL_3_C', dampak: 'NEGARA' });
    expect(explain(d, 'id')[0]).toContain('negara dan/atau pemerintah');
    expect(explain(d, 'en')[0]).toContain('the state and/or government');
  });
});
