/**
 * The studio's generated form: Lit templates for each kind of field (form-model.ts), drawn from
 * the JSON Schema and the document's value, with the validator's issues at their fields. The
 * templates only read; every edit goes back to the studio through the `FormContext`, which
 * makes a new document of it.
 *
 * Accessibility: every control has a `<label>`; its help (the contract's description) and its
 * message are tied to it with `aria-describedby`, and `aria-invalid` marks a field with an
 * issue. Groups and lists are fieldsets with legends; each list item has its own legend, and its
 * buttons say which item they act on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { pathText, type GuideIssue } from '../contract/validate.js';
import { TIME_OF_DAY } from '../contract/schema.js';
import { emptyValue, fieldId, fieldLabel, fieldModel, movedItem, valueAt, withoutItem, type FieldModel, type Path, type SchemaNode } from './form-model.js';
import { formatLocaleNumber, parseLocaleNumber } from './numbers.js';

/** What the form reads, and where its edits go. */
export interface FormContext {
  /** The document's value: the guide as far as it is written. */
  readonly value: unknown;
  /** The validator's issues by path (`salary.range.min`). */
  readonly issues: ReadonlyMap<string, readonly GuideIssue[]>;
  /** The locale numbers are written in. */
  readonly locale: string;
  /** What the editor typed into number fields, by path: kept while it still says the document's number. */
  readonly typed: ReadonlyMap<string, string>;
  /**
   * Sets the value at `path` (undefined removes it). `typing` marks a keystroke, which joins the
   * previous one in a single step of undo; other edits (add, remove, move) are steps of their own.
   */
  edit(path: Path, value: unknown, typing: boolean): void;
  /** Remembers what the editor typed into the number field at `path`. */
  type(path: Path, text: string): void;
}

/** The form for the value at `path` of schema `node`, named `key` by its parent. */
export function renderField(context: FormContext, node: SchemaNode, path: Path, key: string, required: boolean): TemplateResult {
  const model = fieldModel(node);
  const value = valueAt(context.value, path);
  switch (model.kind) {
    case 'group':
      return renderGroup(context, model, path, fieldLabel(key), required, value);
    case 'list':
      return renderList(context, model, path, fieldLabel(key), required, value);
    default:
      return renderLeaf(context, model, path, fieldLabel(key), required, value);
  }
}

/** The ids of a field's help and message, for aria-describedby. */
const helpId = (path: Path) => `${fieldId(path)}-help`;
const errorId = (path: Path) => `${fieldId(path)}-error`;

function messagesAt(context: FormContext, path: Path): readonly GuideIssue[] {
  return context.issues.get(pathText(path)) ?? [];
}

function renderMessages(context: FormContext, path: Path): TemplateResult {
  const messages = messagesAt(context, path);
  return html`<p class="field-error" id=${errorId(path)}>${messages.map((issue) => html`<span>${issue.message}</span> `)}</p>`;
}

function renderHelp(node: SchemaNode, path: Path): TemplateResult | typeof nothing {
  return node.description ? html`<p class="hint" id=${helpId(path)}>${node.description}</p>` : nothing;
}

/** Whether `value` is a plain object, as a group needs. */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function renderGroup(context: FormContext, model: FieldModel, path: Path, label: string, required: boolean, value: unknown): TemplateResult {
  const node = model.node;
  const legendClass = path.length === 1 ? 'visually-hidden' : '';
  if (value === undefined || (value === null && model.nullable)) {
    // Not written yet: one button adds it, with its required constants.
    return html`<fieldset class="group empty" aria-describedby="${helpId(path)} ${errorId(path)}">
      <legend class=${legendClass}>${label}</legend>
      ${renderHelp(node, path)}
      <button type="button" id=${fieldId(path)} class="add" @click=${() => context.edit(path, emptyValue(node), false)}>Add ${label.toLowerCase()}</button>
      ${required ? html`<span class="required-note">(required)</span>` : nothing} ${renderMessages(context, path)}
    </fieldset>`;
  }
  if (!isObject(value)) return renderUnknown(context, path, label, node);
  const requiredKeys = new Set(node.required ?? []);
  return html`<fieldset class="group" id=${fieldId(path)} tabindex="-1" aria-describedby="${helpId(path)} ${errorId(path)}">
    <legend class=${legendClass}>${label}</legend>
    ${renderHelp(node, path)} ${renderMessages(context, path)}
    ${Object.entries(node.properties ?? {}).map(([key, child]) => renderField(context, child, [...path, key], key, requiredKeys.has(key)))}
    ${required
      ? nothing
      : html`<button type="button" class="remove" @click=${() => context.edit(path, undefined, false)}>Remove ${label.toLowerCase()}</button>`}
  </fieldset>`;
}

function renderList(context: FormContext, model: FieldModel, path: Path, label: string, required: boolean, value: unknown): TemplateResult {
  const node = model.node;
  const itemNode = node.items ?? {};
  if (value !== undefined && !Array.isArray(value)) return renderUnknown(context, path, label, node);
  const items = (value as unknown[] | undefined) ?? [];
  const itemKind = fieldModel(itemNode).kind;
  const full = node.maxItems !== undefined && items.length >= node.maxItems;
  const legendClass = path.length === 1 ? 'visually-hidden' : '';
  const add = () => context.edit([...path, items.length], emptyValue(itemNode), false);
  return html`<fieldset class="group list" id=${fieldId(path)} tabindex="-1" aria-describedby="${helpId(path)} ${errorId(path)}">
    <legend class=${legendClass}>${label}${required ? html` <span class="required-note">(required)</span>` : nothing}</legend>
    ${renderHelp(node, path)} ${renderMessages(context, path)}
    ${items.length > 0
      ? html`<ol class="items">
          ${items.map((_, index) => {
            const itemPath = [...path, index];
            const name = `${label}, item ${index + 1}`;
            const tools = renderItemTools(context, path, items, index, name);
            return html`<li class="item">
              ${itemKind === 'group' || itemKind === 'list'
                ? html`<fieldset class="group" id=${fieldId(itemPath)} tabindex="-1">
                    <legend>${name}</legend>
                    ${renderMessages(context, itemPath)} ${renderItemBody(context, itemNode, itemPath)} ${tools}
                  </fieldset>`
                : html`${renderLeaf(context, fieldModel({ ...itemNode, description: undefined }), itemPath, name, true, items[index])} ${tools}`}
            </li>`;
          })}
        </ol>`
      : html`<p class="hint">None yet.</p>`}
    <button type="button" class="add" ?disabled=${full} @click=${add}>Add to ${label.toLowerCase()}</button>
  </fieldset>`;
}

/** An item's own fields: a group's properties without a second legend, or a nested list. */
function renderItemBody(context: FormContext, itemNode: SchemaNode, itemPath: Path): TemplateResult {
  const model = fieldModel(itemNode);
  const value = valueAt(context.value, itemPath);
  if (model.kind === 'list') return renderList(context, model, itemPath, 'Items', true, value);
  if (!isObject(value)) return renderUnknown(context, itemPath, 'This item', itemNode);
  const requiredKeys = new Set(model.node.required ?? []);
  return html`${Object.entries(model.node.properties ?? {}).map(([key, child]) => renderField(context, child, [...itemPath, key], key, requiredKeys.has(key)))}`;
}

/** Move up, move down and remove, each naming the item it acts on. */
function renderItemTools(context: FormContext, path: Path, items: readonly unknown[], index: number, name: string): TemplateResult {
  const move = (to: number) => context.edit(path, movedItem(items, index, to), false);
  return html`<div class="item-tools">
    <button type="button" class="small" aria-label="Move up: ${name}" ?disabled=${index === 0} @click=${() => move(index - 1)}>Move up</button>
    <button type="button" class="small" aria-label="Move down: ${name}" ?disabled=${index === items.length - 1} @click=${() => move(index + 1)}>Move down</button>
    <button type="button" class="small" aria-label="Remove: ${name}" @click=${() => context.edit(path, withoutItem(items, index), false)}>Remove</button>
  </div>`;
}

/** A value of a shape the form does not know (a list where a group belongs, say): the JSON view edits it. */
function renderUnknown(context: FormContext, path: Path, label: string, node: SchemaNode): TemplateResult {
  return html`<div class="field" id=${fieldId(path)} tabindex="-1" aria-describedby="${helpId(path)} ${errorId(path)}">
    <p class="field-label">${label}</p>
    ${renderHelp(node, path)}
    <p class="notice">Edit this in the JSON view: the form cannot show it as it is.</p>
    ${renderMessages(context, path)}
  </div>`;
}

/** One control: text, a paragraph, a number, a choice, yes or no, or a constant. */
function renderLeaf(context: FormContext, model: FieldModel, path: Path, label: string, required: boolean, value: unknown): TemplateResult {
  const id = fieldId(path);
  const invalid = messagesAt(context, path).length > 0;
  const describedBy = `${model.node.description ? `${helpId(path)} ` : ''}${errorId(path)}`;
  const labelTemplate = html`<label for=${id}>${label}${required ? html` <span class="required-note">(required)</span>` : nothing}</label>`;
  const control = (() => {
    switch (model.kind) {
      case 'fixed':
        return html`<output id=${id} aria-describedby=${describedBy}>${JSON.stringify(model.node.const)}</output>`;
      case 'choice':
      case 'yes-no':
        return renderSelect(context, model, path, value, describedBy, invalid);
      case 'number':
        return renderNumber(context, path, value, describedBy, invalid);
      case 'long-text':
        return html`<textarea id=${id} rows="3" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(textOf(value))} @input=${(event: Event) => context.edit(path, emptied((event.target as HTMLTextAreaElement).value), true)}></textarea>`;
      case 'time':
      case 'url':
      case 'text': {
        // A time picker shows nothing for a value it cannot read ("9am" from the JSON view):
        // such a value gets a text field, so the editor sees what to fix.
        const type = model.kind === 'time' && (value === undefined || TIME_OF_DAY.test(textOf(value))) ? 'time' : model.kind === 'url' ? 'url' : 'text';
        return html`<input
          id=${id}
          type=${type}
          spellcheck=${type === 'url' ? 'false' : nothing}
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${live(textOf(value))}
          @input=${(event: Event) => context.edit(path, emptied((event.target as HTMLInputElement).value), true)}
        />`;
      }
      default:
        return renderUnknown(context, path, label, model.node);
    }
  })();
  const nullControl = model.nullable ? renderNullToggle(context, path, label, value) : nothing;
  return html`<div class="field">${labelTemplate} ${renderHelp(model.node, path)} ${control} ${nullControl} ${renderMessages(context, path)}</div>`;
}

/** An emptied text field means "not given": the property goes, and the validator says if it was required. */
function emptied(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** What a text control shows for any value: text as it is, another value as JSON. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function renderSelect(context: FormContext, model: FieldModel, path: Path, value: unknown, describedBy: string, invalid: boolean): TemplateResult {
  const options: readonly { readonly value: unknown; readonly text: string }[] =
    model.kind === 'yes-no'
      ? [
          { value: true, text: 'Yes' },
          { value: false, text: 'No' },
        ]
      : (model.node.enum ?? []).map((option) => ({ value: option, text: String(option) }));
  const known = options.some((option) => option.value === value);
  const onChange = (event: Event) => {
    const index = (event.target as HTMLSelectElement).selectedIndex;
    // The first option is "not set"; a value the contract does not know stays until a choice is made.
    const chosen = index === 0 ? undefined : options[index - 1]?.value;
    context.edit(path, chosen, false);
  };
  return html`<select id=${fieldId(path)} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @change=${onChange}>
    <option value="" .selected=${live(value === undefined || !known)}>${value === undefined || known ? '— Not set —' : `Keep ${textOf(value)}`}</option>
    ${options.map((option, index) => html`<option value=${index} .selected=${live(option.value === value)}>${option.text}</option>`)}
  </select>`;
}

function renderNumber(context: FormContext, path: Path, value: unknown, describedBy: string, invalid: boolean): TemplateResult {
  const key = pathText(path);
  const typed = context.typed.get(key);
  // What the editor typed stays while it still says the document's value (so "100." keeps its
  // point while they type); after undo, or a change in the JSON view, the field shows the value.
  const shown =
    typed !== undefined && (numberOf(typed, context.locale) === value || (value === undefined && typed.trim() === ''))
      ? typed
      : typeof value === 'number'
        ? formatLocaleNumber(value, context.locale)
        : textOf(value);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    context.type(path, text);
    context.edit(path, numberOf(text, context.locale), true);
  };
  return html`<input id=${fieldId(path)} type="text" inputmode="decimal" autocomplete="off" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(shown)} @input=${onInput} />`;
}

/**
 * The document's value for what was typed in a number field: the number it says in the
 * editor's locale, nothing for an empty field, else the text itself, so that the validator
 * reports it at its path ("expected a number, got "100k"") and not a byte of it is lost.
 */
export function numberOf(text: string, locale: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  return parseLocaleNumber(text, locale) ?? text;
}

function renderNullToggle(context: FormContext, path: Path, label: string, value: unknown): TemplateResult {
  const id = `${fieldId(path)}-none`;
  return html`<div class="choice">
    <input type="checkbox" id=${id} .checked=${live(value === null)} @change=${(event: Event) => context.edit(path, (event.target as HTMLInputElement).checked ? null : undefined, false)} />
    <label for=${id}>No ${label.toLowerCase()} (open-ended)</label>
  </div>`;
}
