/**
 * A look inside an .xlsx (a zip) before the spreadsheet library unpacks it: a zip bomb (a small file
 * that unpacks to gigabytes) or XML with a DOCTYPE (entity expansion) is refused with a message instead
 * of exhausting memory. Each entry is really inflated, with a cap, so sizes a zip declares cannot lie.
 */
import { inflateRawSync } from 'node:zlib';
import type { Lang } from '@sundhedsaftale/data';

/** All entries together may unpack to at most this: a workbook of indicator values is a few MB. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

type Problem = Record<Lang, string>;

const damaged: Problem = {
  da: 'er beskadiget: ikke en hel .xlsx-fil (zip); gem den igen som Excel-projektmappe (.xlsx)',
  en: 'is damaged: not a whole .xlsx (zip) file; save it again as an Excel workbook (.xlsx)',
};

/** Why the zip `bytes` must not be unpacked, or undefined when it may. */
export function zipProblem(bytes: Buffer): Problem | undefined {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return damaged;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES || entries === 0xffff || at === 0xffffffff) return tooLarge();
  let budget = MAX_UNPACKED_BYTES;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return damaged;
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return damaged;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packed);
    let unpacked: Buffer;
    if (method === 0) unpacked = data;
    else if (method === 8)
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: budget + 1 });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge();
        return damaged;
      }
    else continue; // A method the spreadsheet library cannot read either; it says so itself.
    budget -= unpacked.length;
    if (budget < 0) return tooLarge();
    if (/\.(xml|rels|vml)$/i.test(name) && /<!(DOCTYPE|ENTITY)/i.test(unpacked.toString('latin1')))
      return {
        da: `er ikke skrevet af et regneark: ${name} har en DOCTYPE-erklæring (XML-entiteter), som Excel aldrig skriver; gem den igen som Excel-projektmappe (.xlsx)`,
        en: `was not written by a spreadsheet: ${name} has a DOCTYPE declaration (XML entities), which Excel never writes; save it again as an Excel workbook (.xlsx)`,
      };
  }
  return undefined;
}

function tooLarge(): Problem {
  const mb = MAX_UNPACKED_BYTES / 1024 / 1024;
  return {
    da: `fylder over ${mb} MB udpakket (eller har over ${MAX_ENTRIES} dele); et regneark med indikatorværdier fylder nogle få MB. Er det den rigtige fil?`,
    en: `unpacks to more than ${mb} MB (or has more than ${MAX_ENTRIES} parts); a workbook of indicator values is a few MB. Is it the right file?`,
  };
}
