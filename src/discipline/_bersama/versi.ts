import * as z from 'zod/mini';
import { deepFreeze } from '../../core/freeze.js';
import { type IsoDate, isoDateSchema } from '../../core/calendar.js';
import type { RuleVersionInfo } from '../../core/rule.js';
import { type RuleVersion, versionInForce } from '../../core/versions.js';

/**
 * The discipline rules encode PP 94/2021, in force from its promulgation on 31 August 2021. The rules of
 * PP 53/2010 before it are not encoded, so an earlier `asOf` raises RuleNotInForceError.
 */
export const VERSI_PP_94_2021: readonly RuleVersion<null>[] = deepFreeze([
  {
    id: 'PP_94_2021',
    from: '2021-08-31',
    citations: [
      {
        regulation: 'PP_94_2021',
        unlocated:
          'In force on promulgation, 31 August 2021, replacing PP 53/2010 (Kompas TV quoting KemenPAN-RB: "mulai berlaku sejak diundangkan pada 31 Agustus 2021"); the closing Pasal that says so was not read.',
      },
    ],
    value: null,
  },
]);

export const VERSI_INFO_PP_94_2021: RuleVersionInfo[] = deepFreeze(
  VERSI_PP_94_2021.map(({ id, from, citations }) => ({ id, from, citations })),
);

export const asOfSchema = z
  .optional(isoDateSchema)
  .check(
    z.describe(
      `Reference date (e.g. the date of the breach); before ${VERSI_PP_94_2021[0]!.from} PP 53/2010 applied, which is not encoded`,
    ),
  );

/**
 * The date whose version decides a rule that takes `asOf` (its `versionOn`): the reference date, or
 * `undefined` without one (the decision then names no version: no date was given to pick one by).
 */
export const versiPadaAsOf = (_input: unknown, options: { asOf?: IsoDate | undefined }): IsoDate | undefined => options.asOf;

/**
 * Throws RuleNotInForceError when `asOf` is before PP 94/2021; no `asOf` means today's rules. Core's
 * `versionInForce` does the check; this adds the domain's one version table and the optional date.
 */
export function assertInForce(ruleId: string, asOf: IsoDate | undefined): void {
  if (asOf !== undefined) versionInForce(ruleId, VERSI_PP_94_2021, asOf);
}
