/**
 * npm run check:content — schemas, identifiers, cross-references, citations and internal links of
 * everything in content/. Prints every problem with its file and fix; exits 1 if there is any.
 * ATLAS_ROOT points it at another tree (the broken-content fixtures use this).
 */
import { readContent } from '../src/lib/content-files.ts';
import { checkAllContent } from '../src/lib/integrity.ts';
import { formatProblems } from '../src/lib/problems.ts';

const root = process.argv[2] ?? process.env.ATLAS_ROOT ?? process.cwd();
const { problems, valid } = await checkAllContent(readContent(root));
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = [...valid].map(([c, m]) => `${m.size} ${c}`).join(', ');
console.log(`content ok: ${counts}.`);
