import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * Records in the national portal's format, written for the tests (the real file is never copied into
 * the repository): each reproduces one quirk that procedures.md names, in the real records' shape.
 */

/** The real download beside the project (../shared), or null with the reason a test skips. */
export const portalFile = fileURLToPath(new URL('../../../../../../shared/data/portal/procedures-2026-07-18.jsonl.gz', import.meta.url));
export const portalTopicsFile = fileURLToPath(new URL('../../../../../../shared/data/portal/topics-by-code.json', import.meta.url));
export const hasPortalData = existsSync(portalFile);
export const noPortalData = 'skipped: ../shared/data/portal/procedures-2026-07-18.jsonl.gz is absent (a clean clone)';

type Over = Record<string, unknown>;

/** A commune-level civil-status record like the portal's đăng ký kết hôn (OTHER unit, papers to show, notes). */
export function marriageRecord(over: Over = {}, detailOver: Over = {}): Over {
  return {
    id: '019d2bfd-3fac-7489-b53b-a15eb239a6fe', code: '1.000894', name: 'Thủ tục đăng ký kết hôn',
    detail: {
      id: '019d2bfd-3fac-7489-b53b-a15eb239a6fe', code: '1.000894',
      executionSteps: [{ name: '', description: 'Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.' }],
      executionMethods: ['ONLINE', 'POSTAL', 'DIRECT'].map((m) => ({
        submissionMethod: m, processingTime: 1, processingTimeUnit: 'OTHER', description: '',
        fees: [{ type: 'SERVICE_FEE', value: 0, description: 'Miễn lệ phí.' }],
      })),
      executionCases: [
        { name: '* Giấy tờ phải xuất trình:', profileComponents: [
          { originalQty: 1, copyQty: 0, required: false, name: '- Hộ chiếu/Thẻ căn cước', attachments: [] },
          { originalQty: 0, copyQty: 0, required: false, name: 'Trường hợp giấy tờ tùy thân là hộ chiếu…', attachments: [] },
        ] },
        { name: '* Lưu ý :', profileComponents: [
          { originalQty: 0, copyQty: 0, required: false, name: '+ Người tiếp nhận có trách nhiệm…', attachments: [] },
        ] },
        { name: '', profileComponents: [
          { originalQty: 1, copyQty: 0, required: true, name: '- Tờ khai đăng ký kết hôn theo mẫu', attachments: [{ fileName: 'TK-ket-hon.docx' }] },
        ] },
      ],
      isWard: true, isProvince: false, isMinistry: false, isFullProcess: false,
      category: { name: 'Hộ tịch', code: 'G15-TP07' },
      departmentsExecuting: [{ name: 'Ủy ban Nhân dân\u00a0xã,\u00a0phường,\u00a0thị trấn.' }],
      departmentsAuthority: [{ name: 'Ủy ban Nhân dân\u00a0xã,\u00a0phường,\u00a0thị trấn.' }],
      unitGroupsExecuting: [], unitGroupsAuthority: [],
      executingAgencies: 'Ủy ban Nhân dân\u00a0xã,\u00a0phường,\u00a0thị trấn.',
      legalBasisesDetails: [{ name: 'Luật 60/2014/QH13', code: '60/2014/QH13' }],
      resultsDetails: [{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }],
      subjectTypesDetails: [{ name: 'Công dân Việt Nam' }],
      departmentPromulgateName: 'Bộ Tư pháp', decisionNo: '',
      procedureProposal: { proposalNumber: '163/QĐ-BTP' },
      cases: [
        { code: '1.000894.02', name: 'Thủ tục đăng ký kết hôn', processingDay: { qty: 1, type: 'WORKING_DAY' } },
        { code: '1.000894.01', name: 'Thủ tục đăng ký kết hôn', processingDay: { qty: 1, type: 'DAY' } },
      ],
      requirementsAndConditions: 'Hai bên đáp ứng điều kiện kết hôn.',
      dossierReceivingAddresses: '',
      updatedAt: 1776309781385,
      ...detailOver,
    },
    ...over,
  };
}

/** A customs procedure the portal also flags commune level (procedures.md: the flag alone is too broad). */
export function customsRecord(): Over {
  return marriageRecord({ id: 'rec-customs', code: '1.007659', name: 'Thủ tục miễn thuế' }, {
    departmentsExecuting: [{ name: 'Chi cục Hải quan khu vực' }], departmentsAuthority: [], executingAgencies: '',
    category: { name: 'Hải quan' }, executionCases: [], cases: [],
  });
}

/** Đăng ký khai sinh names its agency only in the agency groups. */
export function birthRecord(): Over {
  return marriageRecord({ id: 'rec-birth', code: '1.001193', name: 'Thủ tục đăng ký khai sinh' }, {
    departmentsExecuting: [], departmentsAuthority: [], executingAgencies: '',
    unitGroupsExecuting: [{ name: 'Ủy ban nhân dân cấp  xã' }], unitGroupsAuthority: [{ name: 'Ủy ban nhân dân cấp xã' }],
  });
}
