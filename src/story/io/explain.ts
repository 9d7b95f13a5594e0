import type { z } from 'zod';
import { pointer, type Problem } from '../problems.ts';

/**
 * Turns zod's validation issues into problems a 14-year-old can act on:
 * where (in words and as a JSON Pointer), what is wrong, and what is expected.
 */
type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null;

const NAMES: Record<string, string> = {
  scenes: 'scene',
  hotspots: 'hotspot',
  assets: 'asset',
  beds: 'ambient sound',
  sources: 'positional sound',
  captions: 'caption',
  variables: 'variable',
  authors: 'author',
  conditions: 'condition',
  effects: 'effect',
  languages: 'language',
};

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = doc;
  for (const seg of path) {
    if (!isObj(cur)) return undefined;
    cur = (cur as Raw)[seg as string];
  }
  return cur;
}

/** "scene 2 ("park") › hotspot 1 › yaw" */
export function describePath(doc: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the story';
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = path[i + 1];
    if (typeof next === 'number' && NAMES[String(seg)]) {
      const item = valueAt(doc, path.slice(0, i + 2));
      const id = isObj(item) && typeof (item as Raw).id === 'string' ? ` ("${(item as Raw).id}")` : '';
      parts.push(`${NAMES[String(seg)]} ${next + 1}${id}`);
      i++;
    } else {
      parts.push(String(seg));
    }
  }
  return parts.join(' › ');
}

function kindOf(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isNaN(v) ? 'not a number' : `the number ${v}`;
  if (typeof v === 'string') return v.length > 40 ? 'a long piece of text' : `the text "${v}"`;
  if (typeof v === 'boolean') return `"${v}"`;
  return `a ${typeof v}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  record: 'text in one or more languages, like {"en": "..."}',
};

export function explainIssues(issues: readonly z.core.$ZodIssue[], doc: unknown): Problem[] {
  return issues.slice(0, 200).map((issue) => {
    const path = issue.path as PropertyKey[];
    const where = describePath(doc, path);
    const value = valueAt(doc, path);
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        message =
          value === undefined
            ? `${where} is missing. It should be ${EXPECTED[issue.expected] ?? issue.expected}.`
            : `${where} should be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${kindOf(value)}.`;
        break;
      case 'too_small':
        message =
          issue.origin === 'array'
            ? `${where} needs at least ${issue.minimum} item(s).`
            : issue.origin === 'string'
              ? `${where} cannot be empty.`
              : `${where} is ${kindOf(value)}, but it must be at least ${issue.minimum}.`;
        break;
      case 'too_big':
        message =
          issue.origin === 'array'
            ? `${where} has too many items (at most ${issue.maximum}).`
            : issue.origin === 'string'
              ? `${where} is too long (at most ${issue.maximum} characters).`
              : `${where} is ${kindOf(value)}, but it must be at most ${issue.maximum}.`;
        break;
      case 'invalid_value':
        message = `${where} is ${kindOf(value)}, but it must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
        break;
      case 'invalid_union':
        message = `${where} is not in a shape Storyscape knows (${kindOf(value)}). Check its "type" or "op" field.`;
        break;
      case 'invalid_format':
      case 'invalid_key':
      case 'custom':
      default:
        message = `${where}: ${issue.message}`;
    }
    const sceneIdx = path[0] === 'scenes' && typeof path[1] === 'number' ? path[1] : undefined;
    const scene = sceneIdx !== undefined ? valueAt(doc, ['scenes', sceneIdx]) : undefined;
    const sceneId = isObj(scene) && typeof (scene as Raw).id === 'string' ? ((scene as Raw).id as string) : undefined;
    const hotIdx = sceneIdx !== undefined && path[2] === 'hotspots' && typeof path[3] === 'number' ? path[3] : undefined;
    const hot = hotIdx !== undefined ? valueAt(doc, path.slice(0, 4)) : undefined;
    const hotspotId = isObj(hot) && typeof (hot as Raw).id === 'string' ? ((hot as Raw).id as string) : undefined;
    return {
      severity: 'error' as const,
      code: `schema-${issue.code.replaceAll('_', '-')}`,
      message: message.charAt(0).toUpperCase() + message.slice(1),
      path: pointer(path),
      ...(sceneId ? { sceneId } : {}),
      ...(hotspotId ? { hotspotId } : {}),
    };
  });
}
