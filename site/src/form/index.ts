/**
 * A form generated from a rule's JSON Schema: enums as selects, dates as date inputs, decimals as exact
 * text, lists as repeatable rows, records as rows of key and value, a union of objects as a choice of
 * forms, nested objects as fieldsets; anything else as a small JSON box. An empty control means "not given".
 */
import type { SiteLocale } from '../texts.js';
import { arrayField, constField, objectField, recordField, tupleField, variantField } from './compound.js';
import {
  choiceValues,
  type Field,
  inputField,
  isDecimal,
  isObject,
  jsonField,
  type Path,
  presetField,
  presetValues,
  type Schema,
  selectField,
  suggestField,
  suggestedValues,
} from './controls.js';

export { type Field, pathKey, type Schema } from './controls.js';

/** The control for a value of `schema` at `path` (an issue's path: `["options", "asOf"]`), labelled `name`. */
export function fieldFor(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  if (schema.const !== undefined) return constField(path, name, schema);
  if (schema.enum) return selectField(path, name, schema, required, locale, schema.enum);
  if (schema.type === 'boolean') return selectField(path, name, schema, required, locale, [true, false]);
  const choices = choiceValues(schema);
  if (choices) return selectField(path, name, schema, required, locale, choices);
  const suggestions = suggestedValues(schema);
  if (suggestions) return suggestField(path, name, schema, required, locale, suggestions);
  const presets = presetValues(schema);
  if (presets) return presetField(path, name, schema, required, locale, presets);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.every(isObject)) return variantField(fieldFor, path, name, schema, required, locale);
  // The input and the options are the form's own parts; objects inside them get a fieldset and legend.
  const nested = path.length > 0 && !(path.length === 1 && path[0] === 'options');
  if (isObject(schema)) return objectField(fieldFor, path, name, schema, locale, nested);
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object')
    return recordField(fieldFor, path, name, schema, required, locale);
  if (schema.type === 'array' && schema.prefixItems) return tupleField(fieldFor, path, name, schema, required, locale);
  if (schema.type === 'array' && schema.items) return arrayField(fieldFor, path, name, schema, required, locale);
  if (schema.type === 'string' || schema.type === 'integer' || schema.type === 'number' || isDecimal(schema))
    return inputField(path, name, schema, required, locale);
  return jsonField(path, name, schema, required, locale);
}
