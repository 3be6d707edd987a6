import { writeFile } from 'node:fs/promises';
import type { Io } from './command.js';

/**
 * Renders a page and writes it to `out`, or to standard output without one; a render that throws is
 * reported as `file: message` (exit 1). What `render` and `report` do once their options are checked.
 */
export async function writePage(
  render: () => Promise<string>,
  file: string,
  out: string | undefined,
  io: Io,
): Promise<number> {
  let page: string;
  try {
    page = await render();
  } catch (e) {
    io.stderr(`${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (out) await writeFile(out, page);
  else io.stdout(page);
  return 0;
}
