// One-time migration (kept for the record and for re-seeding): moves the kiosk's own fields out of the
// old sample pack's procedure files into kiosk-layer/, adds the researched plain-language steps and
// citizen words (shared/domain/procedures-researched.json: "free to use as the kiosk's own guide text"),
// the essential services' current codes (shared/domain/essential-services.json) and the two interconnected
// groups' new procedures, entered by hand because the portal download predates them.
// Usage: node scripts/catalogue/seed-kiosk-layer.mjs <pack-dir> <shared-dir>
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pack, shared] = process.argv.slice(2);
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const write = (p, v) => writeFileSync(p, `${JSON.stringify(v, null, 2)}\n`);
const layerDir = join(pack, 'kiosk-layer');
mkdirSync(layerDir, { recursive: true });
const layers = new Map();
const layerOf = (code) => layers.get(code) ?? layers.set(code, { code }).get(code);

const procDir = join(pack, 'procedures');
for (const f of readdirSync(procDir).filter((x) => x.endsWith('.json'))) {
  const p = read(join(procDir, f));
  if (p.source) continue; // already a portal record
  const l = layerOf(p.code);
  for (const k of ['nameEn', 'essentialService', 'interconnectedGroup', 'lifeEvents', 'citizenWords', 'onlineEntries', 'onlineGuide']) {
    if (p[k] !== undefined && !(Array.isArray(p[k]) && p[k].length === 0)) l[k] = p[k];
  }
  const obtain = (p.documents ?? []).flatMap((c) => c.documents).filter((d) => d.obtain).map((d) => ({ paper: d.name, ...d.obtain }));
  if (obtain.length) l.obtain = obtain;
}

const researched = read(join(shared, 'domain', 'procedures-researched.json'));
for (const r of researched) {
  const l = layerOf(r.code);
  if (r.steps?.length) l.plainSteps = r.steps;
  const words = [...new Set([...(l.citizenWords ?? []), ...(r.citizen_terms ?? [])])];
  if (words.length) l.citizenWords = words;
  if (r.essential_service_no) l.essentialService = r.essential_service_no;
}

// The repealed group codes stay as the download publishes them; the layer says what replaced them.
for (const old of ['2.000986', '2.001023']) {
  layerOf(old).note = 'Từ 1/9/2026 (Nghị định 301/2026/NĐ-CP) thủ tục liên thông này được thay bằng mã 3.000722. / Replaced by 3.000722 from 1 Sep 2026.';
}
// 2.002622 (the old death group) is not in the July 2026 download: no layer for it.
layerOf('3.000722').interconnectedGroup = 'lien-thong-khai-sinh';
layerOf('2.002913').interconnectedGroup = 'lien-thong-khai-tu';
for (const c of ['1.001193', '1.004222', '1.000656']) delete layerOf(c).interconnectedGroup;

for (const l of layers.values()) write(join(layerDir, `${l.code}.json`), l);

// Essential services: today's codes.
const svcFile = join(pack, 'essential-services.json');
const services = read(svcFile);
const current = new Map(read(join(shared, 'domain', 'essential-services.json')).services.map((s) => [s.n, s]));
for (const s of services) {
  const c = current.get(s.n);
  if (!c) continue;
  s.codes = c.codes ?? [];
  if (typeof c.atWard === 'boolean') s.atWard = c.atWard;
  if (s.codes.length === 1) s.code = s.codes[0];
  else delete s.code;
}
write(svcFile, services);

// Interconnected groups: their current codes.
const groupsFile = join(pack, 'groups.json');
const groups = read(groupsFile);
for (const g of groups) {
  if (g.id === 'lien-thong-khai-sinh') g.procedures = ['3.000722', '1.001193', '1.004222'];
  if (g.id === 'lien-thong-khai-tu') g.procedures = ['2.002913', '1.000656', '1.003197'];
}
write(groupsFile, groups);

// The two new group procedures, entered by hand: facts from the researched public copy of the page
// (3.000722) or only the name and code (2.002913: the rest is not known, and the faces say so).
const birth = researched.find((r) => r.code === '3.000722');
write(join(procDir, '3.000722.json'), {
  code: '3.000722', name: birth.name, level: 'ward', levels: ['ward'], sector: 'ho-tich', atWard: true,
  channels: [{ kind: 'online', time: { value: 3, unit: 'workingDay' }, feeItems: [] }],
  documents: [{ documents: birth.documents[0].items.map((d) => ({ name: d.name, ...(d.form ? { formFiles: [] } : {}) })) }],
  legalBasis: [], legalBases: (birth.legal_bases ?? []).filter((b) => b.number).map((b) => ({ number: b.number, title: b.title ?? b.number })),
  executingAgencies: ['Ủy ban nhân dân cấp xã', 'Công an cấp xã', 'Bảo hiểm xã hội'], competentAgencies: [],
  source: { recordId: birth.portal_url.split('/').pop(), page: birth.portal_url },
  onlineLevel: 'full', steps: [], lifeEvents: [], citizenWords: [], onlineEntries: [], onlineGuide: [],
});
const death = researched.find((r) => r.code === '2.002913');
write(join(procDir, '2.002913.json'), {
  code: '2.002913', name: death.name, level: 'ward', levels: ['ward'], sector: 'ho-tich', atWard: true,
  channels: [], documents: [], legalBasis: [], legalBases: [{ number: '63/2024/NĐ-CP', title: 'Nghị định 63/2024/NĐ-CP' }, { number: '301/2026/NĐ-CP', title: 'Nghị định 301/2026/NĐ-CP' }],
  steps: [], lifeEvents: [], citizenWords: [], onlineEntries: [], onlineGuide: [],
});
console.log(`kiosk layer: ${layers.size} procedures; services and groups updated; 3.000722 and 2.002913 entered by hand`);
if (!existsSync(join(pack, 'ward-rules.json'))) console.log('no ward-rules.json yet: the first import writes the default rules');
