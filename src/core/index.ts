/**
 * The core API (`sistem-merit/core`): what a caller needs to read decisions and what a rule author needs to
 * write one. Only the public surface: the schema walkers behind strict input (unknown keys, list bounds,
 * the JSON Schema stand-ins, test hints) stay internal so they can change without a breaking release;
 * rules, the CLI and the schema converter import them from their modules.
 */

// Decisions and how they are explained.
export {
  type Citation,
  type Decision,
  type DecisionTrace,
  type FactValue,
  type Reason,
  type ReasonOutcome,
  decision,
  reason,
} from './decision.js';
export { LIBRARY_VERSION } from './version.js';
export { REGULATION_IDS, type RegulationId } from './regulation-ids.js';
export {
  type Bilingual,
  type DecisionExplanation,
  type ExplainedCitation,
  type ExplainedLine,
  type ExplainOptions,
  type Locale,
  type MessageCatalogue,
  type MessageText,
  createDescriber,
  createExplainer,
  formatCitation,
  labelOf,
  OUTCOME_WORDS,
  outcomeHeading,
  regulationShortName,
  renderExplanation,
  renderTemplate,
} from './explain.js';
export { type RangeUnit, dateInWords, RANGE_UNITS, rangeInWords } from './words.js';
export {
  type FactsOf,
  type Placeholders,
  type RuleMessages,
  type RuleMessageTexts,
  catalogueOf,
  defineMessages,
  reasonsOf,
} from './messages.js';

// Errors.
export {
  type InputIssue,
  type IssueCode,
  ISSUE_CODES,
  formatIssuePath,
  isMeritInputError,
  issueText,
  MAX_INPUT_ISSUES,
  MeritError,
  MeritInputError,
  ownIssue,
  RuleNotInForceError,
} from './errors.js';
export { ISSUE_TEMPLATES } from './issue-catalogue.js';

// Rules as values, their versions, tables and the regulations they cite.
export {
  type AnyRule,
  type DeepReadonly,
  type Domain,
  type Rule,
  type RuleDescriptor,
  type RuleExample,
  type RuleInputOf,
  type RuleOptionsOf,
  type RuleOutputOf,
  type RuleTable,
  type RuleVersionInfo,
  type RunConfig,
  type TracedDecision,
  defineRule,
} from './rule.js';
export { rerun, RuleVersionError } from './rerun.js';
export { type RuleVersion, checkVersionTable, isInForce, versionInForce } from './versions.js';
export { type Band, checkBandTable, findBand, formatBand } from './bands.js';
export {
  type Interval,
  type ScaleBand,
  type ScaleRow,
  formulaTable,
  matrixTable,
  parseInterval,
  recordTable,
  cachedScale,
  scale,
  scaleTable,
} from './tables.js';
export { type JenisPeraturan, type Regulation, CORE_REGULATIONS, defineRegulations } from './regulations.js';

// Values: calendar dates, exact decimals, shared legal facts.
export {
  type HolidayCalendar,
  type IsoDate,
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  compareDates,
  countWorkingDays,
  dayNumber,
  dayOf,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  endOfMonth,
  FIVE_DAY_WEEK,
  fromDayNumber,
  holidayCalendar,
  holidayCalendarSchema,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoDateSchema,
  isWorkingDay,
  LIBUR_MAKS,
  MAX_YEAR,
  maxDate,
  MIN_YEAR,
  minDate,
  monthOf,
  startOfMonth,
  wholeMonthsBetween,
  wholeYearsBetween,
  yearOf,
} from './calendar.js';
export {
  Decimal,
  type DecimalInput,
  decimalSchema,
  formatFixed,
  roundCeil,
  roundDown,
  roundFloor,
  roundHalfEven,
  roundHalfUp,
  roundUp,
  toDecimal,
  toPlainString,
} from './decimal.js';
export {
  decimalOutputSchema,
  dateOutputSchema,
  citationOutputSchema,
  reasonOutputSchema,
  decisionOutputSchema,
  traceOutputSchema,
} from './output.js';
export { type CheckMessage, contradiction, refineParsed, superRefineParsed } from './refine.js';
export { DEFAULT_MAX_ITEMS, MAX_RECORD_KEYS, maxKeys } from './input-bounds.js';
export { deepFreeze } from './freeze.js';
export { BATAS_MASA_KERJA_PNS } from './masa-kerja-pns.js';
export { IJAZAH, type Ijazah, ijazahSchema } from './ijazah.js';
