// Generates mocks/seed/reform2025.json from the 2025 reform's CSVs (../shared/seed/reform-2025 by
// default): the 130 communes and wards, the 412 former commune-level units, the 34 provinces.
// Run: node scripts/reform-seed.mjs [folder]. The output is committed; the CSVs are the record.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';

const folder = process.argv[2] ?? new URL('../../shared/seed/reform-2025', import.meta.url).pathname;
const out = new URL('../mocks/seed/reform2025.json', import.meta.url).pathname;

/** RFC 4180: commas, quoted fields with doubled quotes; the files have a header row. */
function readCsv(file) {
  const text = readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  const [header, ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').normalize('NFC').trim()])));
}

// Tone marks only (grave, acute, tilde, hook, dot below); vowel marks (â, ă, ơ, ư) stay.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** "Hoà" and "Hòa" are one name: each word's tone mark is moved to the word's end. */
const toneFold = (name) =>
  name
    .normalize('NFD')
    .split(/\s+/)
    .map((word) => word.replace(TONES, '') + (word.match(TONES) ?? []).join(''))
    .join(' ')
    .normalize('NFC')
    .toLowerCase();

const PREFIX = [
  ['Thị trấn ', 'township'],
  ['Phường ', 'ward'],
  ['Xã ', 'commune'],
];
function split(fullName) {
  const found = PREFIX.find(([prefix]) => fullName.startsWith(prefix));
  if (!found) throw new Error(`no unit type in the name "${fullName}"`);
  return { name: fullName.slice(found[0].length), type: found[1] };
}

const REFORM = '2025-07-01';
const LAST_DAY = '2025-06-30';
const RESOLUTION_1678 = 'nq-1678-2025-nghe-an-communes';
const formerCode = (code) => `o${code}`;

const communes = readCsv('nghean_communes_2025.csv');
const oldUnits = readCsv('nghean_old_to_new_communes_2025.csv');
const provinces = readCsv('vietnam_34_provinces_2025.csv');

const problems = [];
const byNewCode = new Map(communes.map((c) => [c.new_unit_code, c]));
for (const old of oldUnits) {
  const target = byNewCode.get(old.new_unit_code);
  if (!target) problems.push(`${old.old_commune_name}: no new unit ${old.new_unit_code}`);
  else if (toneFold(target.new_unit_name) !== toneFold(old.new_unit_name))
    problems.push(`${old.new_unit_code}: "${target.new_unit_name}" ≠ "${old.new_unit_name}"`);
}
for (const c of communes) {
  const codes = c.old_unit_codes.split(';').map((s) => s.trim());
  const names = c.old_units.split(';').map((s) => s.trim());
  codes.forEach((code, i) => {
    const old = oldUnits.find((o) => o.old_commune_code === code);
    if (!old) problems.push(`${c.new_unit_name}: former unit ${code} is not in the mapping`);
    else if (old.new_unit_code !== c.new_unit_code) problems.push(`${code} maps to ${old.new_unit_code}, not ${c.new_unit_code}`);
    else if (toneFold(old.old_commune_name) !== toneFold(names[i] ?? '')) problems.push(`${code}: "${old.old_commune_name}" ≠ "${names[i]}"`);
  });
}
if (problems.length) throw new Error(`the files disagree:\n${problems.join('\n')}`);

/** The district each former unit belonged to before 1 Dec 2024: the years the dashboard charts. */
const districtBefore = (o) => o.district_before_2024_12_01.split(' ')[0];

const current = communes.map((c) => {
  const before = oldUnits.filter((o) => o.new_unit_code === c.new_unit_code).map((o) => formerCode(o.old_commune_code));
  return {
    code: c.new_unit_code,
    ...split(c.new_unit_name),
    level: 'commune',
    parentCode: '40',
    validFrom: REFORM,
    validTo: null,
    successorCode: null,
    lineage: [{ date: REFORM, kind: 'formed_from', before, after: [c.new_unit_code], sourceId: RESOLUTION_1678 }],
    formerDistrictCode: c.former_district_codes,
  };
});

const former = oldUnits.map((o) => ({
  code: formerCode(o.old_commune_code),
  ...split(o.old_commune_name),
  level: 'commune',
  parentCode: districtBefore(o),
  validFrom: null,
  validTo: LAST_DAY,
  successorCode: o.new_unit_code,
  lineage: [{ date: REFORM, kind: 'merged_into', before: [formerCode(o.old_commune_code)], after: [o.new_unit_code], sourceId: RESOLUTION_1678 }],
}));

/** Each district as of 1 Mar 2025 (Cửa Lò already part of Vinh) and the new units on its territory. */
const dividedInto = {};
for (const c of current) (dividedInto[c.formerDistrictCode] ??= []).push(c.code);

const provinceUnits = provinces.map((p) => ({
  code: p.province_code,
  name: p.province_name.replace(/^(Tỉnh|Thành phố) /, ''),
  oldCodes: p.old_province_codes.split(';').map((s) => s.trim()),
  oldNames: p.merged_from_old_provinces.split(';').map((s) => s.trim().replace(/^(Tỉnh|Thành phố) /, '')),
}));

const counts = {
  current: current.length,
  communes: current.filter((c) => c.type === 'commune').length,
  wards: current.filter((c) => c.type === 'ward').length,
  former: former.length,
  provinces: provinceUnits.length,
};
const json = JSON.stringify({ counts, current, former, dividedInto, provinces: provinceUnits });
// Formatted as the repository's own files are, so that `npm run format:check` accepts it as written.
writeFileSync(out, await prettier.format(json, { ...(await prettier.resolveConfig(out)), filepath: out }));
console.log(`wrote ${out}:`, counts);
