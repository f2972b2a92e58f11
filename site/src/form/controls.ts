/** The single controls of the generated form (select, input, JSON box) and what every field shares. */
import { type SiteLocale, t } from '../texts.js';

export interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | false;
  prefixItems?: Schema[];
  additionalProperties?: Schema | boolean;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
}

/** A control for one value: its element, its value (`undefined`: not given), and whether a value fits it. */
export interface Field {
  element: HTMLElement;
  get(): unknown;
  /** Shows `value`; `false` when the form cannot show it (a key or type it does not know). */
  set(value: unknown): boolean;
}

export type Path = (string | number)[];

let serial = 0;
const nextId = () => `f${++serial}`;
/** The key of a control by the issue path it answers (`["options","asOf"]`), for showing field errors. */
export const pathKey = (path: Path): string => JSON.stringify(path);

export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export const isDecimal = (s: Schema) => !!s.anyOf && s.anyOf.some((a) => a.type === 'number') && s.anyOf.some((a) => a.type === 'string');
export const isObject = (s: Schema) => s.type === 'object' && !!s.properties;
export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A labelled single control (select or input) with its hint; `read`/`write` convert between text and value. */
export function labelled(
  path: Path,
  name: string,
  schema: Schema,
  required: boolean,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  locale: SiteLocale,
): HTMLElement {
  const id = nextId();
  control.id = id;
  control.dataset['path'] = pathKey(path);
  const wrap = make('div', { class: 'field' });
  const label = make('label', { for: id });
  label.append(make('code', {}, name));
  if (required) label.append(make('span', { class: 'req' }, ` (${t('required', locale)})`));
  wrap.append(label);
  const hintText = [
    schema.description ?? '',
    schema.default !== undefined ? `${t('preset', locale)}: ${JSON.stringify(schema.default)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (hintText) {
    const hint = make('p', { class: 'hint', id: `${id}-hint` }, hintText);
    control.setAttribute('aria-describedby', hint.id);
    wrap.append(control, hint);
  } else wrap.append(control);
  return wrap;
}

export function selectField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale, values: unknown[]): Field {
  const select = make('select');
  select.append(make('option', { value: '' }, t('notGiven', locale)));
  values.forEach((v, i) => {
    const label = typeof v === 'boolean' ? `${String(v)} (${t(v ? 'yes' : 'no', locale)})` : String(v);
    select.append(make('option', { value: String(i) }, label));
  });
  return {
    element: labelled(path, name, schema, required, select, locale),
    get: () => (select.value === '' ? undefined : values[Number(select.value)]),
    set(value) {
      if (value === undefined) return ((select.value = ''), true);
      const i = values.indexOf(value);
      select.value = i < 0 ? '' : String(i);
      return i >= 0;
    },
  };
}

export function inputField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  const input = make('input');
  const integer = schema.type === 'integer';
  const number = integer || schema.type === 'number';
  const decimal = isDecimal(schema);
  if (schema.format === 'date') input.type = 'date';
  else if (number) {
    input.type = 'number';
    input.step = integer ? '1' : 'any';
    if (schema.minimum !== undefined) input.min = String(schema.minimum);
    if (schema.maximum !== undefined) input.max = String(schema.maximum);
  } else {
    input.type = 'text';
    if (decimal) input.inputMode = 'decimal';
  }
  if (schema.default !== undefined) input.placeholder = String(schema.default);
  return {
    element: labelled(path, name, schema, required, input, locale),
    get() {
      const text = input.value.trim();
      if (text === '') return undefined;
      // Decimals stay text, so an exact value reaches the rule as typed (the rule parses it with decimal.js).
      return number && Number.isFinite(Number(text)) ? Number(text) : text;
    },
    set(value) {
      if (value === undefined || value === null) return ((input.value = ''), value === undefined);
      if (typeof value !== 'string' && typeof value !== 'number') return false;
      input.value = String(value);
      return input.value === String(value);
    },
  };
}

/** A JSON box for what the form does not model (unions of objects, records). */
export function jsonField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  const area = make('textarea', { rows: '3', spellcheck: 'false', class: 'json-field' });
  return {
    element: labelled(path, `${name} (JSON)`, schema, required, area, locale),
    get() {
      const text = area.value.trim();
      if (text === '') return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text; // the rule refuses it and says why, next to this box
      }
    },
    set(value) {
      area.value = value === undefined ? '' : JSON.stringify(value);
      return true;
    },
  };
}

/** The values of a union of enumerations, constants and `null` (one select holds them all), else `undefined`. */
export function choiceValues(schema: Schema): unknown[] | undefined {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (!alternatives) return undefined;
  const values: unknown[] = [];
  for (const alt of alternatives) {
    if (alt.enum) values.push(...alt.enum);
    else if (alt.const !== undefined) values.push(alt.const);
    else if (alt.type === 'null') values.push(null);
    else return undefined;
  }
  return values;
}

/** The named values of a union of enumerations and a number (a level or a score): suggestions for a text input. */
export function suggestedValues(schema: Schema): string[] | undefined {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (!alternatives?.some((alt) => isDecimal(alt) || alt.type === 'number' || alt.type === 'integer')) return undefined;
  if (!alternatives.every((alt) => alt.enum || isDecimal(alt) || alt.type === 'number' || alt.type === 'integer')) return undefined;
  return alternatives.flatMap((alt) => (alt.enum ?? []).map(String));
}

/** A text input suggesting the named values (a datalist); a number typed stays exact text, as decimals do. */
export function suggestField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale, values: string[]): Field {
  const input = make('input', { type: 'text', inputmode: 'text' });
  const list = make('datalist', { id: `${nextId()}-list` });
  list.append(...values.map((v) => make('option', { value: v })));
  input.setAttribute('list', list.id);
  const element = labelled(path, name, schema, required, input, locale);
  element.append(list);
  return {
    element,
    get: () => (input.value.trim() === '' ? undefined : input.value.trim()),
    set(value) {
      if (value === undefined) return ((input.value = ''), true);
      if (typeof value !== 'string' && typeof value !== 'number') return false;
      input.value = String(value);
      return true;
    },
  };
}

/** The named values of a union of enumerations and something else (a preset name or an agency's own table). */
export function presetValues(schema: Schema): unknown[] | undefined {
  const alternatives = schema.anyOf ?? schema.oneOf;
  const named = alternatives?.flatMap((alt) => alt.enum ?? []) ?? [];
  return named.length > 0 && alternatives!.some((alt) => !alt.enum) ? named : undefined;
}

/** A select of the presets, and "own (JSON)" opening a JSON box for the rest. */
export function presetField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale, values: unknown[]): Field {
  const OWN = '__own__';
  const select = selectField(path, name, schema, required, locale, values);
  const control = select.element.querySelector('select')!;
  control.append(make('option', { value: OWN }, t('ownJson', locale)));
  const own = jsonField([...path, '(own)'], `${name}: ${t('ownJson', locale)}`, {}, false, locale);
  own.element.hidden = true;
  control.addEventListener('change', () => (own.element.hidden = control.value !== OWN));
  const box = make('div', { class: 'preset' });
  box.append(select.element, own.element);
  return {
    element: box,
    get: () => (control.value === OWN ? own.get() : select.get()),
    set(value) {
      const named = value === undefined || values.includes(value);
      if (named) select.set(value);
      else control.value = OWN;
      own.set(named ? undefined : value);
      own.element.hidden = named;
      return true;
    },
  };
}
