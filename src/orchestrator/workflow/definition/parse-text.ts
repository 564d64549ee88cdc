import { LineCounter, parseDocument } from 'yaml';
import { DefinitionError } from './errors.js';

/**
 * Reads a definition written as JSON or YAML (JSON is read as the YAML 1.2 subset it
 * is) into plain data, ready for {@link validateDefinition}. Throws DefinitionError
 * naming the line and column of a syntax error, duplicate keys included.
 *
 * @example parseDefinitionText('name: hello\nsteps:\n  - { id: say, capability: echo.say }')
 */
export function parseDefinitionText(text: string): unknown {
  if (text.trim() === '') throw new DefinitionError(['definition: the text is empty']);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = text.split(/\r?\n/);
    const problems = doc.errors.map((e) => {
      const at = lineCounter.linePos(e.pos[0]);
      const line = lines[at.line - 1]?.trim();
      return `syntax error at line ${at.line}, column ${at.col}: ${e.message}${line ? ` (in "${line}")` : ''}`;
    });
    throw new DefinitionError(problems);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (err) {
    throw new DefinitionError([`syntax error: ${err instanceof Error ? err.message : String(err)}`]);
  }
}
