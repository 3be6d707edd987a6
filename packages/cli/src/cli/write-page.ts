import type { Lang } from '@sundhedsaftale/data';
import type { Io } from './command.js';
import { outputProblem, writeError, writeOutput } from './output.js';

/**
 * Renders a page and writes it to `out` (missing folders are created; never over the input `file`),
 * or to standard output without one; a render or write that fails is reported as `path: message`
 * (exit 1). What `render` and `report` do once their options are checked.
 */
export async function writePage(
  render: () => Promise<string>,
  file: string,
  out: string | undefined,
  lang: Lang,
  io: Io,
): Promise<number> {
  const problem = out === undefined ? undefined : await outputProblem('--out', out, [file]);
  if (problem) return (io.stderr(`${problem[lang]}\n`), 2);
  let page: string;
  try {
    page = await render();
  } catch (e) {
    io.stderr(`${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (!out || out === '-') return (io.stdout(page), 0);
  try {
    await writeOutput(out, page);
  } catch (e) {
    const could = lang === 'en' ? 'could not be written' : 'kunne ikke skrives';
    return (io.stderr(`${out}: ${could}: ${writeError(e)[lang]}\n`), 1);
  }
  return 0;
}
