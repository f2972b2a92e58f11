/**
 * A form generated from a rule's JSON Schema: enums as selects, dates as date inputs, decimals as exact
 * text, lists as repeatable rows, nested objects as fieldsets; anything else (a union of a preset name and
 * an agency's own table, a record) as a small JSON box. An empty control means "not given".
 */
import { type SiteLocale, t } from './texts.js';

export interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
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

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const isDecimal = (s: Schema) => !!s.anyOf && s.anyOf.some((a) => a.type === 'number') && s.anyOf.some((a) => a.type === 'string');
const isObject = (s: Schema) => s.type === 'object' && !!s.properties;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A labelled single control (select or input) with its hint; `read`/`write` convert between text and value. */
function labelled(
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

function selectField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale, values: unknown[]): Field {
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

function inputField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
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
function jsonField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
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

function objectField(path: Path, name: string, schema: Schema, locale: SiteLocale, legend: boolean): Field {
  const box = make(legend ? 'fieldset' : 'div', { class: 'object' });
  box.dataset['path'] = pathKey(path);
  if (legend) {
    const lg = make('legend');
    lg.append(make('code', {}, name));
    box.append(lg);
    if (schema.description) box.append(make('p', { class: 'hint' }, schema.description));
  }
  const children = Object.entries(schema.properties ?? {}).map(([key, sub]) => {
    const field = fieldFor([...path, key], key, sub, schema.required?.includes(key) ?? false, locale);
    box.append(field.element);
    return [key, field] as const;
  });
  // An object given empty (`{}`, each field at its preset) is not the same input as no object at all.
  let givenEmpty = false;
  return {
    element: box,
    get() {
      const out: Record<string, unknown> = {};
      for (const [key, field] of children) {
        const v = field.get();
        if (v !== undefined) out[key] = v;
      }
      return Object.keys(out).length || givenEmpty ? out : undefined;
    },
    set(value) {
      if (value !== undefined && !isPlainObject(value)) return false;
      givenEmpty = value !== undefined && Object.keys(value).length === 0;
      const given = value ?? {};
      let fits = Object.keys(given).every((k) => children.some(([key]) => key === k));
      for (const [key, field] of children) fits = field.set(given[key]) && fits;
      return fits;
    },
  };
}

function arrayField(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  const box = make('fieldset', { class: 'array' });
  box.dataset['path'] = pathKey(path);
  const legend = make('legend');
  legend.append(make('code', {}, name));
  if (required) legend.append(make('span', { class: 'req' }, ` (${t('required', locale)})`));
  box.append(legend);
  if (schema.description) box.append(make('p', { class: 'hint' }, schema.description));
  const rowsBox = make('ol', { class: 'rows' });
  const add = make('button', { type: 'button', class: 'add-row' }, `+ ${t('addRow', locale)}: ${name}`);
  box.append(rowsBox, add);
  let rows: Field[] = [];
  // A list emptied on purpose (`[]`, e.g. a check switched off) is not the same input as no list (the preset).
  let given = false;
  const empty = make('p', { class: 'hint empty-list', hidden: '' }, '[ ]');
  box.insertBefore(empty, add);
  const item = schema.items ?? {};
  const render = (values: unknown[]) => {
    empty.hidden = !(given && values.length === 0);
    rows = values.map((v, i) => {
      const field = fieldFor([...path, i], `${t('row', locale)} ${i + 1}`, item, false, locale);
      field.set(v);
      return field;
    });
    rowsBox.replaceChildren(
      ...rows.map((field, i) => {
        const li = make('li', { class: 'row' });
        const remove = make(
          'button',
          { type: 'button', class: 'remove-row', 'aria-label': `${t('removeRow', locale)} ${i + 1}: ${name}` },
          '×',
        );
        remove.addEventListener('click', () => {
          given = true;
          render(current().filter((_, j) => j !== i));
          add.focus();
        });
        li.append(field.element, remove);
        return li;
      }),
    );
  };
  const current = () => rows.map((r) => r.get() ?? (isObject(item) ? {} : undefined));
  add.addEventListener('click', () => {
    given = true;
    render([...current(), undefined]);
    rowsBox.lastElementChild?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  return {
    element: box,
    get() {
      const values = current().filter((v) => v !== undefined);
      return values.length || given ? values : undefined;
    },
    set(value) {
      given = Array.isArray(value);
      if (value === undefined) return (render([]), true);
      if (!Array.isArray(value)) return false;
      render(value);
      return value.every((v, i) => rows[i]!.set(v));
    },
  };
}

/** The control for a value of `schema` at `path`, labelled `name`. */
export function fieldFor(path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  if (schema.enum) return selectField(path, name, schema, required, locale, schema.enum);
  if (schema.type === 'boolean') return selectField(path, name, schema, required, locale, [true, false]);
  if (isObject(schema)) return objectField(path, name, schema, locale, path.length > 0 && !(path.length === 1 && path[0] === 'options'));
  if (schema.type === 'array' && schema.items) return arrayField(path, name, schema, required, locale);
  if (schema.type === 'string' || schema.type === 'integer' || schema.type === 'number' || isDecimal(schema))
    return inputField(path, name, schema, required, locale);
  return jsonField(path, name, schema, required, locale);
}
