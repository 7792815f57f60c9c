/**
 * Removes `text` from just before the caret of the focused text field: the first characters of a
 * scan reach the field before the burst is recognised. Works for React-controlled inputs too: the
 * value is set through the native setter and an `input` event is dispatched, which is how React
 * learns of a change it did not make. Returns whether anything was removed.
 */
export function retractTypedText(target: EventTarget | null, text: string): boolean {
  if (text === '') return false;
  const field = asTextField(target);
  if (!field) return false;
  const caret = field.selectionStart ?? field.value.length;
  const start = caret - text.length;
  if (start < 0 || field.value.slice(start, caret) !== text) return false;
  const next = field.value.slice(0, start) + field.value.slice(caret);
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, next);
  field.setSelectionRange(start, start);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'url', 'email', 'password', '']);

function asTextField(target: EventTarget | null): HTMLInputElement | HTMLTextAreaElement | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return target;
  return null;
}
