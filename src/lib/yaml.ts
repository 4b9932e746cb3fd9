import { dump, load } from 'js-yaml';

/** YAML as our content files write it: block style, long lines kept, keys in the given order. */
export function toYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true, quotingType: '"' });
}

export function parseYaml(text: string): unknown {
  return load(text);
}
