import { z } from 'zod';
import { DisplayContent } from './display-content-schema';

/**
 * The JSON Schema (draft 2020-12) of display.json, generated from the zod schema so editors can
 * check and complete the file ("$schema": "./display-content.schema.json"). Cross-field rules
 * (duplicate ids, from ≤ until) are checked only by the loader.
 */
export function displayContentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DisplayContent, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = { $schema: { type: 'string' }, ...(schema.properties as Record<string, unknown>) };
  return { ...schema, title: 'Lobby display content (kiosk-config/content/display/display.json)', properties };
}
