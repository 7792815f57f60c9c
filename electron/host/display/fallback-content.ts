import type { DisplayContent } from './display-content-schema';

/**
 * What the display loops when its content file has never loaded (missing or invalid from the start):
 * the 25 services pages only, so the screen is never blank. The benefits and VNeID texts below are
 * required by the type but not in the playlist, so never shown; the problems are logged for the
 * technician. Once a good file has loaded, a later bad edit keeps that last good content instead.
 */
export const FALLBACK_CONTENT: DisplayContent = {
  format: 1,
  timeZone: 'Asia/Ho_Chi_Minh',
  sample: false,
  playlist: [{ slide: 'services', durationSeconds: 12 }],
  services: { perSlide: 5, shortNames: {} },
  benefits: { title: { vi: 'Đề án 06' }, groups: [{ title: { vi: 'Đề án 06' }, body: { vi: 'Đề án 06' } }] },
  vneid: {
    title: { vi: 'VNeID' },
    steps: [{ vi: 'VNeID' }],
    guideUrl: 'https://tailieuhuongdan.dean06.vn',
    guideLabel: { vi: 'tailieuhuongdan.dean06.vn' },
  },
  announcements: [],
  statistics: {},
};
