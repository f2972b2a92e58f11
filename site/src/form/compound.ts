/** The fields made of other fields: objects, lists of rows, records of key and value, alternatives, tuples. */
import { type SiteLocale, t } from '../texts.js';
import { type Field, isObject, isPlainObject, make, type Path, pathKey, type Schema } from './controls.js';

/** The control for any value (index.ts), passed in so the compound fields can hold any field. */
export type FieldFor = (path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale) => Field;

export function objectField(fieldFor: FieldFor, path: Path, name: string, schema: Schema, locale: SiteLocale, legend: boolean): Field {
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

export function arrayField(fieldFor: FieldFor, path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
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
  const item = schema.items || {};
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

/** A record (`{ [code]: level }`): rows of key and value, read and shown as an object. */
export function recordField(fieldFor: FieldFor, path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  const valueSchema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
  const pair: Schema = {
    type: 'object',
    properties: { [t('recordKey', locale)]: { type: 'string' }, [t('recordValue', locale)]: valueSchema },
    required: [t('recordKey', locale), t('recordValue', locale)],
  };
  const [keyName, valueName] = Object.keys(pair.properties!) as [string, string];
  const rows = arrayField(fieldFor, path, name, { ...schema, type: 'array', items: pair }, required, locale);
  return {
    element: rows.element,
    get() {
      const list = rows.get() as Record<string, unknown>[] | undefined;
      return list && Object.fromEntries(list.map((row) => [String(row[keyName] ?? ''), row[valueName]]));
    },
    set(value) {
      if (value === undefined) return rows.set(undefined);
      if (!isPlainObject(value)) return false;
      return rows.set(Object.entries(value).map(([k, v]) => ({ [keyName]: k, [valueName]: v })));
    },
  };
}

/** The value of a `const` (a variant's discriminator, `metode: 'PP_30_2019'`): shown, not asked. */
export function constField(path: Path, name: string, schema: Schema): Field {
  const shown = make('p', { class: 'const' });
  shown.dataset['path'] = pathKey(path);
  shown.append(make('code', {}, `${name} = ${JSON.stringify(schema.const)}`));
  return { element: shown, get: () => schema.const, set: (value) => value === undefined || value === schema.const };
}

/** The alternatives of a union of objects (e.g. one per regime): a select picks one, its fields follow. */
export function variantField(fieldFor: FieldFor, path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  const alternatives = (schema.oneOf ?? schema.anyOf)!;
  const box = make('div', { class: 'variants' });
  box.dataset['path'] = pathKey(path);
  const labelOf = (alt: Schema, i: number) => {
    const discriminator = Object.entries(alt.properties ?? {}).find(([, p]) => p.const !== undefined);
    return discriminator ? `${discriminator[0]}: ${String(discriminator[1].const)}` : (alt.description ?? `${i + 1}`);
  };
  const choice = fieldFor(
    [...path, '(variant)'],
    `${name}: ${t('variant', locale)}`,
    { enum: alternatives.map(labelOf) },
    required,
    locale,
  );
  const forms = alternatives.map((alt) => objectField(fieldFor, path, name, alt, locale, false));
  const panels = forms.map((form) => {
    const panel = make('div', { class: 'variant', hidden: '' });
    panel.append(form.element);
    return panel;
  });
  const chosen = () => alternatives.map(labelOf).indexOf(choice.get() as string);
  const show = () => panels.forEach((panel, i) => (panel.hidden = i !== chosen()));
  choice.element.addEventListener('change', show);
  box.append(choice.element, ...panels);
  return {
    element: box,
    get: () => (chosen() < 0 ? undefined : forms[chosen()]!.get()),
    set(value) {
      let fits = true;
      let pick = -1;
      if (value !== undefined) {
        // The alternative whose discriminator the value names, else the first that can show the value.
        pick = alternatives.findIndex((alt) =>
          Object.entries(alt.properties ?? {}).some(([k, p]) => p.const !== undefined && isPlainObject(value) && value[k] === p.const),
        );
        if (pick < 0) pick = forms.findIndex((form) => form.set(value));
        fits = pick >= 0 && forms[pick]!.set(value);
      }
      choice.set(pick < 0 ? undefined : labelOf(alternatives[pick]!, pick));
      show();
      return fits;
    },
  };
}

/** A list of fixed length whose places differ (`prefixItems`: the predikat of each of the last 2 years). */
export function tupleField(fieldFor: FieldFor, path: Path, name: string, schema: Schema, required: boolean, locale: SiteLocale): Field {
  const box = make('fieldset', { class: 'tuple' });
  box.dataset['path'] = pathKey(path);
  const legend = make('legend');
  legend.append(make('code', {}, name));
  if (required) legend.append(make('span', { class: 'req' }, ` (${t('required', locale)})`));
  box.append(legend);
  if (schema.description) box.append(make('p', { class: 'hint' }, schema.description));
  const places = schema.prefixItems!.map((item, i) => fieldFor([...path, i], `[${i}]`, item, true, locale));
  box.append(...places.map((f) => f.element));
  return {
    element: box,
    get() {
      const values = places.map((f) => f.get());
      return values.every((v) => v === undefined) ? undefined : values.map((v) => v ?? null);
    },
    set(value) {
      if (value !== undefined && (!Array.isArray(value) || value.length > places.length)) return false;
      return places.map((f, i) => f.set(value?.[i])).every(Boolean);
    },
  };
}
