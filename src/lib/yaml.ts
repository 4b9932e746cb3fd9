// The same js-yaml major as Astro's loaders, so the integrity check reads files exactly as the
// build does (e.g. an unquoted 2024-05-01 is a Date in both).
import yaml from 'js-yaml';

/** YAML as our content files write it: block style, long lines kept, keys in the given order. */
export function toYaml(value: unknown): string {
  return yaml.dump(value, { lineWidth: -1, noRefs: true, quotingType: '"' });
}

export function parseYaml(text: string): unknown {
  return yaml.load(text);
}
