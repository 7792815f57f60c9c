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

/** One row of "Cách thức thực hiện", texts as published (fees often differ online vs in person). */
export const Channel = z.object({
  kind: ChannelKind,
  /** Thời hạn giải quyết, as published text. */
  timeLimit: z.string().optional(),
  /** Phí, lệ phí, as published text. */
  fees: z.string().optional(),
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
  /** Where to get this paper (kiosk field, optional: older packs have none). */
  obtain: DocumentObtain.optional(),
});
export type DossierDocument = z.infer<typeof DossierDocument>;

/** A document list for one case ("trường hợp"); a procedure with one list has one case without a title. */
export const DossierCase = z.object({
  title: z.string().optional(),
  documents: z.array(DossierDocument),
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

export const Procedure = z.object({
  // --- published parts (procedures.md, "The parts of a published procedure") ---
  code: ProcedureCode,
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** Số quyết định, e.g. "163/QĐ-BTP". */
  decision: z.string().optional(),
  level: ProcedureLevel.optional(),
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
  /** Địa chỉ tiếp nhận hồ sơ. */
  where: z.string().optional(),
  /** Yêu cầu, điều kiện. */
  conditions: z.string().optional(),
  /** Căn cứ pháp lý. */
  legalBasis: z.array(z.string()).default([]),
  /** Kết quả thực hiện. */
  result: z.string().optional(),
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
});
export type PackManifest = z.infer<typeof PackManifest>;

/** A whole content pack; also the shape of a single-file pack. */
export const ContentPack = z.object({
  manifest: PackManifest,
  procedures: z.array(Procedure),
  essentialServices: z.array(EssentialService).default([]),
  lifeEvents: z.array(LifeEvent).default([]),
  sectors: z.array(Sector).default([]),
  groups: z.array(InterconnectedGroup).default([]),
  citizenWords: z.array(CitizenWord).default([]),
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
  return publishedParts.filter((k) => {
    const v = p[k];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}
