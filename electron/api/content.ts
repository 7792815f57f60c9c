import { z } from 'zod';

/*
 * The content model: published administrative procedures (thủ tục hành chính, TTHC) as the National
 * Database on Administrative Procedures publishes them, plus what the kiosk adds (essential-service
 * number, interconnected group, life events, citizen words, online entry points and guide).
 * Every published part is optional or may be an empty list: a part that is not known is left empty and
 * the face says "check the portal" instead of showing an invented value (docs/content-packs.md).
 */

/** National procedure code `x.xxxxxx` (e.g. 1.001193). Provincial suffixes are cut off at load. */
export const ProcedureCode = z.string().regex(/^\d\.\d{6}$/, 'must be a national procedure code like 1.001193');
export type ProcedureCode = z.infer<typeof ProcedureCode>;

/** A short machine id for sectors, life events and groups: lowercase ASCII words joined by '-'. */
export const ContentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase ascii words joined by "-"');

/** Cấp thực hiện: Cấp xã / Cấp tỉnh / Cấp bộ (no district level since 1 July 2025). */
export const ProcedureLevel = z.enum(['ward', 'province', 'ministry']);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;

/** Cách thức thực hiện: Trực tiếp / Trực tuyến / Dịch vụ bưu chính. */
export const ChannelKind = z.enum(['inPerson', 'online', 'postal']);
export type ChannelKind = z.infer<typeof ChannelKind>;

/**
 * Unit of a published time limit (the portal's processingTimeUnit). `other` is the portal's OTHER: the
 * number is published without a unit (civil-status records); faces show it as published, never guess.
 */
export const TimeUnit = z.enum(['workingDay', 'day', 'hour', 'month', 'year', 'other']);
export type TimeUnit = z.infer<typeof TimeUnit>;

/** Thời hạn giải quyết as a number and its unit. */
export const TimeLimit = z.object({ value: z.number().min(0), unit: TimeUnit });
export type TimeLimit = z.infer<typeof TimeLimit>;

/** Kind of a published amount: lệ phí (portal FEE), phí (SERVICE_FEE), mức giá (PRICE_LEVEL). */
export const FeeKind = z.enum(['fee', 'charge', 'price']);
export type FeeKind = z.infer<typeof FeeKind>;

/** One published amount of a channel, with the case it applies to (also the rule when the amount is 0). */
export const Fee = z.object({
  /** Amount in đồng; 0 is often "set by the province" or "free": `appliesTo` says which. */
  amount: z.number().min(0),
  kind: FeeKind,
  /** The published description: who pays it, or the rule when the amount is 0. */
  appliesTo: z.string().optional(),
});
export type Fee = z.infer<typeof Fee>;

/** One row of "Cách thức thực hiện", texts as published (fees often differ online vs in person). */
export const Channel = z.object({
  kind: ChannelKind,
  /** Thời hạn giải quyết, as published text. */
  timeLimit: z.string().optional(),
  /** Thời hạn giải quyết as a number and unit (portal records). */
  time: TimeLimit.optional(),
  /** Phí, lệ phí, as published text. */
  fees: z.string().optional(),
  /** Phí, lệ phí as published amounts (portal records); empty when none was published. */
  feeItems: z.array(Fee).optional(),
  /** Mô tả. */
  notes: z.string().optional(),
});
export type Channel = z.infer<typeof Channel>;

/** An https address (web pages the kiosk shows or puts in a QR code): plain http is refused. */
export const HttpsAddress = z.string().regex(/^https:\/\//, 'must be an https address');

/**
 * Where a citizen gets a paper they do not have yet: the kiosk's own field, stated by the ward or the
 * province (the published "Thành phần hồ sơ" does not say it). Absent: the face guesses from the name.
 */
export const DocumentObtain = z.object({
  /** Plain Vietnamese words, e.g. "Cơ sở y tế nơi trẻ được sinh ra". */
  where: z.string().regex(/\S/, 'must say where to get the paper'),
  /** The same in English for the English face. */
  whereEn: z.string().optional(),
  /** Official page where the paper can be requested online; shown as a QR code for the citizen's phone. */
  online: HttpsAddress.optional(),
});
export type DocumentObtain = z.infer<typeof DocumentObtain>;

/** One row of "Thành phần hồ sơ": Tên giấy tờ / Mẫu đơn, tờ khai / Số lượng. */
export const DossierDocument = z.object({
  name: z.string().min(1),
  /** Form name, e.g. "CT01". */
  form: z.string().optional(),
  /** Bản chính count. */
  originals: z.number().int().min(0).optional(),
  /** Bản sao count. */
  copies: z.number().int().min(0).optional(),
  notes: z.string().optional(),
  /** Whether the portal marks the paper required (its own flag: often false even for the main form). */
  required: z.boolean().optional(),
  /** File names of the published forms (mẫu đơn, tờ khai) attached to this paper on the portal. */
  formFiles: z.array(z.string()).optional(),
  /** Where to get this paper (kiosk field, optional: older packs have none). */
  obtain: DocumentObtain.optional(),
});
export type DossierDocument = z.infer<typeof DossierDocument>;

/** A document list for one case ("trường hợp"); a procedure with one list has one case without a title. */
export const DossierCase = z.object({
  title: z.string().optional(),
  /** Papers to show (xuất trình) at the desk, not to hand in: the portal's "Giấy tờ phải xuất trình". */
  present: z.boolean().optional(),
  documents: z.array(DossierDocument),
  /** Rows published with 0 originals and 0 copies: notes ("Lưu ý"), not papers. */
  notes: z.array(z.string()).optional(),
  /** Note rows published but not shipped in this pack (facts-only packs point to the official page). */
  notesOmitted: z.number().int().min(0).optional(),
});
export type DossierCase = z.infer<typeof DossierCase>;

/** Mức độ dịch vụ công trực tuyến: toàn trình (fully online) or một phần (partly online). */
export const OnlineLevel = z.enum(['full', 'partial']);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

/**
 * Fields of the chip ID card (CCCD DG13, or its QR code) that a guide step fills from the card.
 * Ethnicity and religion are left out on purpose: sensitive personal data (domain/cccd.md).
 */
export const CardField = z.enum([
  'idNumber', 'fullName', 'dateOfBirth', 'sex', 'nationality', 'placeOfOrigin', 'placeOfResidence',
  'issueDate', 'expiryDate', 'oldIdNumber', 'fatherName', 'motherName', 'spouseName',
]);
export type CardField = z.infer<typeof CardField>;

/** Where a citizen can do a procedure online. */
export const OnlinePlace = z.enum(['dichvucong', 'vneid', 'bocongan', 'province', 'other']);
export type OnlinePlace = z.infer<typeof OnlinePlace>;

export const OnlineEntry = z.object({
  place: OnlinePlace,
  /** Citizen-facing label, e.g. "Cổng Dịch vụ công quốc gia". */
  label: z.string().min(1),
  labelEn: z.string().optional(),
  /** https address (web portals); absent for app menus. */
  url: HttpsAddress.optional(),
  /** Menu path in an app, e.g. ["Thủ tục hành chính"] in VNeID. */
  menuPath: z.array(z.string()).optional(),
});
export type OnlineEntry = z.infer<typeof OnlineEntry>;

/** One step of the kiosk's online guide; `cardFields` says which card fields the step needs. */
export const GuideStep = z.object({
  title: z.string().min(1),
  instruction: z.string().min(1),
  titleEn: z.string().optional(),
  instructionEn: z.string().optional(),
  cardFields: z.array(CardField).default([]),
});
export type GuideStep = z.infer<typeof GuideStep>;

/** A case code of the portal (x.xxxxxx.01, .02): the time limit per variant of the procedure. */
export const CaseCode = z.object({
  code: z.string().regex(/^\d\.\d{6}\.\d{2}$/, 'must be a case code like 1.000894.01'),
  name: z.string().optional(),
  time: TimeLimit.optional(),
});
export type CaseCode = z.infer<typeof CaseCode>;

/** Căn cứ pháp lý as published: the document's number and its title. */
export const LegalBasis = z.object({ number: z.string().optional(), title: z.string().min(1) });
export type LegalBasis = z.infer<typeof LegalBasis>;

/** Kết quả thực hiện as published: the result document and its code (KQ.G15.000032). */
export const ProcedureResult = z.object({ name: z.string().min(1), code: z.string().optional() });
export type ProcedureResult = z.infer<typeof ProcedureResult>;

/** Where a procedure's facts came from: the national portal's record. */
export const RecordSource = z.object({
  /** The portal record's id (its official page is built from it). */
  recordId: z.string().min(1),
  /** The record's last update on the portal, yyyy-mm-dd. */
  updatedAt: z.iso.date().optional(),
  /** The official page on the national portal (shown as a phone QR code). */
  page: HttpsAddress,
});
export type RecordSource = z.infer<typeof RecordSource>;

export const Procedure = z.object({
  // --- published parts (procedures.md, "The parts of a published procedure") ---
  code: ProcedureCode,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** Số quyết định, e.g. "163/QĐ-BTP". */
  decision: z.string().optional(),
  level: ProcedureLevel.optional(),
  /** Every level the portal flags (a procedure may run at several); `level` is the lowest of them. */
  levels: z.array(ProcedureLevel).optional(),
  /** Loại thủ tục. */
  kind: z.string().optional(),
  /** Lĩnh vực: a sector id of the same pack. */
  sector: ContentId,
  /** Trình tự thực hiện, "Bước 1: …" in order. */
  steps: z.array(z.string()).default([]),
  channels: z.array(Channel).default([]),
  documents: z.array(DossierCase).default([]),
  /** Đối tượng thực hiện. */
  who: z.string().optional(),
  /** Cơ quan thực hiện / có thẩm quyền. */
  agency: z.string().optional(),
  /** Cơ quan thực hiện, every name as published (departments, agency groups, free text). */
  executingAgencies: z.array(z.string()).optional(),
  /** Cơ quan có thẩm quyền, every name as published. */
  competentAgencies: z.array(z.string()).optional(),
  /** Who published the procedure (a ministry, or a province for its own variant). */
  publisher: z.string().optional(),
  /** Set for a province's own procedure: the province as the portal writes it ("UBND tỉnh …" cut off). */
  province: z.string().optional(),
  /** False for a procedure the ward centre does not handle (the face says where to go instead). */
  atWard: z.boolean().optional(),
  /** Địa chỉ tiếp nhận hồ sơ. */
  where: z.string().optional(),
  /** Yêu cầu, điều kiện. */
  conditions: z.string().optional(),
  /** Căn cứ pháp lý. */
  legalBasis: z.array(z.string()).default([]),
  /** Căn cứ pháp lý with number and title (portal records). */
  legalBases: z.array(LegalBasis).optional(),
  /** Kết quả thực hiện. */
  result: z.string().optional(),
  /** Kết quả thực hiện, each result with its code (portal records). */
  results: z.array(ProcedureResult).optional(),
  /** Case codes with their time limits (civil-status records publish the working days only here). */
  caseCodes: z.array(CaseCode).optional(),
  /** The portal record the facts came from. */
  source: RecordSource.optional(),
  onlineLevel: OnlineLevel.optional(),
  /** Online service code = procedure code + ".01" where published. */
  onlineServiceCode: z.string().optional(),
  // --- the kiosk's own fields ---
  /** Number in the list of 25 essential online services, when it is one. */
  essentialService: z.number().int().min(1).optional(),
  /** Id of an interconnected group of the same pack. */
  interconnectedGroup: ContentId.optional(),
  lifeEvents: z.array(ContentId).default([]),
  /** Words citizens use for this procedure ("giấy xác nhận độc thân"). */
  citizenWords: z.array(z.string().min(1)).default([]),
  onlineEntries: z.array(OnlineEntry).default([]),
  onlineGuide: z.array(GuideStep).default([]),
  /** The kiosk's own plain-language summary of the steps (our words, not the published text). */
  plainSteps: z.array(z.string().min(1)).optional(),
  /** Kiosk note to staff or citizen (e.g. "verify: re-published after July 2025"). */
  note: z.string().optional(),
});
export type Procedure = z.infer<typeof Procedure>;

/** One of the 25 essential online public services (dịch vụ công trực tuyến thiết yếu). */
export const EssentialService = z.object({
  n: z.number().int().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** Sector as a display text ("Tư pháp, Công an, BHXH"): may span agencies. */
  sector: z.string().min(1),
  /** Handled by the ward centre or ward police itself. */
  atWard: z.boolean(),
  code: ProcedureCode.optional(),
  /** Every procedure code the service covers today (some services are several procedures). */
  codes: z.array(ProcedureCode).optional(),
  /** Interconnected group id when the service is a group. */
  group: ContentId.optional(),
  online: z.array(OnlineEntry).default([]),
  /** Short citizen-facing description. */
  description: z.string().min(1),
  descriptionEn: z.string().optional(),
  /** Citizen words for services the pack has no procedure for ("làm căn cước"). */
  citizenWords: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});
export type EssentialService = z.infer<typeof EssentialService>;

export const LifeEvent = z.object({
  id: ContentId,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  description: z.string().optional(),
  descriptionEn: z.string().optional(),
});
export type LifeEvent = z.infer<typeof LifeEvent>;

export const Sector = z.object({
  id: ContentId,
  name: z.string().min(1),
  nameEn: z.string().optional(),
});
export type Sector = z.infer<typeof Sector>;

/** Interconnected procedure group (Decree 63/2024/NĐ-CP), e.g. birth → residence → child health insurance. */
export const InterconnectedGroup = z.object({
  id: ContentId,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** Member procedure codes in the pack (others of the group may be at other agencies). */
  procedures: z.array(ProcedureCode).default([]),
  essentialService: z.number().int().min(1).optional(),
  description: z.string().optional(),
  online: z.array(OnlineEntry).default([]),
});
export type InterconnectedGroup = z.infer<typeof InterconnectedGroup>;

/** A citizen-words row: what people say → the published wording it means. */
export const CitizenWord = z.object({
  /** What citizens say, e.g. "nhập hộ khẩu". */
  phrase: z.string().min(1),
  /** The published words it stands for, e.g. "đăng ký thường trú". */
  means: z.string().min(1),
});
export type CitizenWord = z.infer<typeof CitizenWord>;

export const PackManifest = z.object({
  /** Content-pack format version understood by this kiosk. */
  format: z.literal(1),
  packId: ContentId,
  version: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date, ISO yyyy-mm-dd. */
  date: z.iso.date({ message: 'must be a date yyyy-mm-dd that exists' }),
  /** True for demonstration content to be replaced by the province's published data. */
  sample: z.boolean().default(false),
  description: z.string().optional(),
  /** When the source data was captured (e.g. the portal download's date), yyyy-mm-dd. */
  capturedAt: z.iso.date({ message: 'must be a date yyyy-mm-dd that exists' }).optional(),
  /** Where the data came from, in words (e.g. "Cổng Dịch vụ công quốc gia, bản ghi 18/7/2026"). */
  source: z.string().optional(),
});
export type PackManifest = z.infer<typeof PackManifest>;

/**
 * The kiosk's own layer over one procedure (folder `kiosk-layer/` of a pack): what the kiosk adds to the
 * published facts. Kept apart from the imported facts so that re-importing the portal's data replaces
 * the facts and keeps this layer (docs/content-packs.md, "The kiosk layer").
 */
export const ProcedureLayer = z.object({
  code: ProcedureCode,
  nameEn: z.string().optional(),
  essentialService: z.number().int().min(1).optional(),
  interconnectedGroup: ContentId.optional(),
  /** Added to the procedure's life events. */
  lifeEvents: z.array(ContentId).default([]),
  /** Added to the procedure's citizen words. */
  citizenWords: z.array(z.string().min(1)).default([]),
  /** Replace the procedure's own when not empty. */
  onlineEntries: z.array(OnlineEntry).default([]),
  onlineGuide: z.array(GuideStep).default([]),
  plainSteps: z.array(z.string().min(1)).default([]),
  /** Online service code (procedure code + ".01" where the kiosk confirmed it). */
  onlineServiceCode: z.string().optional(),
  note: z.string().optional(),
  /** Where to get papers: matched to papers whose name starts with `paper` (folded), in every case. */
  obtain: z.array(DocumentObtain.extend({ paper: z.string().min(1) })).default([]),
});
export type ProcedureLayer = z.infer<typeof ProcedureLayer>;

/**
 * Which portal records a ward centre handles (file `ward-rules.json` of a pack): a record is the ward's
 * when the portal flags it commune level AND one of its agencies matches a rule. The flag alone is too
 * broad (it also marks customs and tax procedures run by customs and tax offices: procedures.md).
 */
export const WardRule = z.object({
  id: ContentId,
  /** What the rule keeps, in words (reported by the importer with its count). */
  description: z.string().min(1),
  /** Regular expression over a folded agency name (lowercase, no marks, đ→d, punctuation as spaces). */
  agency: z.string().min(1).refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, 'must be a valid regular expression'),
});
export type WardRule = z.infer<typeof WardRule>;

export const WardRules = z.object({
  rules: z.array(WardRule).min(1),
  /** Whether the portal's commune-level flag is also required (true: the flag alone is too broad). */
  requireCommuneFlag: z.boolean().default(true),
});
export type WardRules = z.infer<typeof WardRules>;

/** A whole content pack; also the shape of a single-file pack. */
export const ContentPack = z.object({
  manifest: PackManifest,
  procedures: z.array(Procedure),
  essentialServices: z.array(EssentialService).default([]),
  lifeEvents: z.array(LifeEvent).default([]),
  sectors: z.array(Sector).default([]),
  groups: z.array(InterconnectedGroup).default([]),
  citizenWords: z.array(CitizenWord).default([]),
  /** The kiosk's own layer, merged onto the procedures when the pack is loaded. */
  kioskLayer: z.array(ProcedureLayer).default([]),
  /** Which portal records the importer keeps as the ward's (data, so it changes without code). */
  wardRules: WardRules.optional(),
});
export type ContentPack = z.infer<typeof ContentPack>;
/** The JSON shape before defaults are applied (what a publisher writes). */
export type ContentPackInput = z.input<typeof ContentPack>;

/** Published parts a face should show as "check the portal" when empty. */
export const publishedParts = [
  'decision', 'level', 'kind', 'steps', 'channels', 'documents', 'who', 'agency', 'where', 'conditions',
  'legalBasis', 'result', 'onlineLevel',
] as const;
export type PublishedPart = (typeof publishedParts)[number];

/** Which published parts of a procedure are not known (empty). Pure, for the faces. */
export function missingParts(p: Procedure): PublishedPart[] {
  // Portal records carry some parts in their structured fields (legal bases, agencies, results).
  const structured: Partial<Record<PublishedPart, unknown[] | undefined>> = {
    legalBasis: p.legalBases, agency: p.executingAgencies, result: p.results,
  };
  return publishedParts.filter((k) => {
    if ((structured[k] ?? []).length > 0) return false;
    const v = p[k];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}
