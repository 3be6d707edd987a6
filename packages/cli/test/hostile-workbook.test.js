// import of workbooks no spreadsheet would write: a zip bomb, XML entities, a shared string that is not
// there, a huge sheet dimension, merged cells. Each ends in one clear Danish line naming the file (or the
// cell), exit 1, nothing written, and neither a stack trace nor gigabytes of memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { run, samplePath, tempFolder } from './helpers.js';

const { tmp } = tempFolder('sa-workbook-');

/** A zip of `entries` ({ name: string | Buffer }), deflated, as a spreadsheet writes it. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    // The fields both records hold, from "version needed" on: at 4 in the local header, at 6 in the
    // central directory's record (which puts "version made by" before them).
    const shared = (record, at) => {
      record.writeUInt16LE(20, at);
      record.writeUInt16LE(8, at + 4); // deflated
      record.writeUInt32LE(crc32(data), at + 10);
      record.writeUInt32LE(packed.length, at + 14);
      record.writeUInt32LE(data.length, at + 18);
      record.writeUInt16LE(nameBytes.length, at + 22);
      return record;
    };
    const local = shared(Buffer.alloc(30), 4);
    local.writeUInt32LE(0x04034b50, 0);
    const central = shared(Buffer.alloc(46), 6);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook with one sheet Værdier of `sheetData`, the shared `strings`, and `extra` parts. */
function workbook({ sheetData, strings = [], head = '', tail = '', prolog = '', extra = {} }) {
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Værdier" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?>${prolog}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}">${head}<sheetData>${sheetData}</sheetData>${tail}</worksheet>`,
    ...extra,
  });
}

const HEADER = ['indikator', 'periode', 'område', 'værdi'];
const ROW1 = `<row r="1">${HEADER.map((_, i) => `<c r="${'ABCD'[i]}1" t="s"><v>${i}</v></c>`).join('')}</row>`;
const STRINGS = [...HEADER, 'akutte-genindlaeggelser', '2024-H1', '2024-H2'];
const value = (r, period, v) =>
  `<row r="${r}"><c r="A${r}" t="s"><v>4</v></c><c r="B${r}" t="s"><v>${period}</v></c><c r="D${r}"><v>${v}</v></c></row>`;

async function importWorkbook(name, bytes, ...args) {
  const xlsx = tmp(name);
  writeFileSync(xlsx, bytes);
  const into = tmp('aftale.json');
  copyFileSync(samplePath('midt-2024-2027'), into);
  const r = await run('import', xlsx, '--into', into, ...args);
  assert.equal(readFileSync(into, 'utf8'), readFileSync(samplePath('midt-2024-2027'), 'utf8'));
  assert.doesNotMatch(r.stderr, /\n\s+at |node:internal|heap out of memory/, r.stderr);
  return r;
}

test('the minimal workbook of these tests imports (so the refusals below are about what was changed)', async () => {
  const r = await importWorkbook(
    'ok.xlsx',
    workbook({ sheetData: ROW1 + value(2, 5, 8.4), strings: STRINGS }),
    '--dry-run',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /2024-H1: – → 8,4 \(tilføjet\) \[Værdier!D2\]/);
});

test('a zip bomb (a part that unpacks to 300 MB) is refused before it is unpacked', async () => {
  const bomb = workbook({
    sheetData: ROW1,
    strings: STRINGS,
    extra: { 'xl/media/image1.bin': Buffer.alloc(300 * 1024 * 1024) },
  });
  assert.ok(bomb.length < 1024 * 1024, 'the bomb itself is small');
  const started = Date.now();
  const r = await importWorkbook('bomb.xlsx', bomb);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /bomb\.xlsx: fylder over 100 MB udpakket .*Er det den rigtige fil\?\n/);
  assert.ok(Date.now() - started < 20_000, 'refused quickly');
});

test('a workbook over 50 MB is refused before it is read, in the words a data file gets', async () => {
  const xlsx = tmp('huge.xlsx');
  writeFileSync(xlsx, '');
  truncateSync(xlsx, 51 * 1024 * 1024);
  const into = tmp('aftale.json');
  copyFileSync(samplePath('midt-2024-2027'), into);
  const r = await run('import', xlsx, '--into', into);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /huge\.xlsx: er for stor \(53,5 MB; højst 50 MB\)\n/);
  assert.equal(readFileSync(into, 'utf8'), readFileSync(samplePath('midt-2024-2027'), 'utf8'));
});
test('a sheet padded to 200 MB of XML is refused the same way', async () => {
  const r = await importWorkbook(
    'padded.xlsx',
    workbook({ sheetData: ROW1, strings: STRINGS, tail: ' '.repeat(200 * 1024 * 1024) }),
  );
  assert.equal(r.code, 1);
  assert.match(r.stderr, /padded\.xlsx: fylder over 100 MB udpakket/);
});

test('XML with a DOCTYPE and entities (billion laughs, external file) is refused, not expanded', async () => {
  const laughs =
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
  const strings = [...HEADER, '&lol2;&xxe;', '2024-H1'];
  const r = await importWorkbook(
    'entities.xlsx',
    workbook({ sheetData: ROW1 + value(2, 5, 1), strings, prolog: laughs }),
  );
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /entities\.xlsx: er ikke skrevet af et regneark: xl\/sharedStrings\.xml har en DOCTYPE-erklæring/,
  );
  assert.doesNotMatch(r.stderr, /root:/);
});

test('a shared string that is not in the file and a truncated zip are "damaged", with what to do', async () => {
  const r = await importWorkbook(
    'sst.xlsx',
    workbook({ sheetData: ROW1 + value(2, 99999, 1), strings: STRINGS }),
  );
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /sst\.xlsx: kunne ikke læses som \.xlsx; filen er beskadiget .* gem den igen som Excel-projektmappe/,
  );
  const whole = workbook({ sheetData: ROW1, strings: STRINGS });
  const cut = await importWorkbook('cut.xlsx', whole.subarray(0, whole.length - 30));
  assert.equal(cut.code, 1);
  assert.match(cut.stderr, /cut\.xlsx: er beskadiget: ikke en hel \.xlsx-fil/);
});

test('a huge sheet dimension with one stray cell far down names that cell', async () => {
  const stray = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
  const r = await importWorkbook(
    'huge.xlsx',
    workbook({
      sheetData: ROW1 + value(2, 5, 8.4) + stray,
      strings: STRINGS,
      head: '<dimension ref="A1:XFD1048576"/>',
    }),
  );
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Værdier!A1048576: mangler indikator-id/);
});
