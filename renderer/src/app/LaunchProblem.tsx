import type { LaunchFace, LaunchRefusal } from '../../../electron/api/launch';

/*
 * Shown instead of a face that cannot work: opened without a valid launch token, or waiting for the
 * core. It must never look ready (a green "Thiết bị sẵn sàng" over dead buttons stranded citizens,
 * issue 13, item 2). Both languages at once, Vietnamese first: no status call has told us the
 * kiosk's language yet, and the words are for whoever walks up, citizen or staff.
 */

const WHY: Record<LaunchRefusal | 'no-token', { vi: string; en: string }> = {
  'no-token': { vi: 'Màn hình được mở bằng một địa chỉ không kèm mã mở.', en: 'The screen was opened from an address without an opening code.' },
  expired: { vi: 'Mã mở màn hình đã hết hạn.', en: 'The opening code had expired.' },
  spent: { vi: 'Mã mở màn hình đã được dùng.', en: 'The opening code was already used.' },
  forged: { vi: 'Mã mở màn hình không hợp lệ.', en: 'The opening code is not valid.' },
  malformed: { vi: 'Mã mở màn hình không hợp lệ.', en: 'The opening code is not valid.' },
  'wrong-face': { vi: 'Mã mở dành cho màn hình khác.', en: 'The opening code is for another screen.' },
  'stale-token': { vi: 'Ki-ốt đã được khởi động lại với khóa mới.', en: 'The kiosk was restarted with a new key.' },
};

export function LaunchProblem({ face, reason }: { face: LaunchFace; reason: LaunchRefusal | 'no-token' }) {
  const why = WHY[reason];
  return (
    <div className="face launch-problem" data-testid="launch-problem" data-reason={reason} role="alert">
      <main>
        <h1>Màn hình này chưa được mở đúng cách</h1>
        <p className="launch-problem-en" lang="en">This screen was not opened the proper way</p>
        <p>
          Ki-ốt <strong>chưa sẵn sàng</strong> phục vụ. Xin vui lòng báo cán bộ của Trung tâm.
          <br />
          <span lang="en">The kiosk is not ready. Please tell a member of staff.</span>
        </p>
        <p>
          {why.vi}
          <br />
          <span lang="en">{why.en}</span>
        </p>
        <div className="card">
          <p>
            <strong>Cán bộ:</strong> trên chính máy này, chạy lệnh <code>npx kiosk open {face}</code> trong thư mục của ki-ốt, rồi đóng cửa sổ này.
          </p>
          <p lang="en">
            <strong>Staff:</strong> on this machine, run <code>npx kiosk open {face}</code> in the kiosk's folder, then close this window.
          </p>
        </div>
      </main>
    </div>
  );
}

/** The core does not answer yet (starting or restarting): the tab keeps trying by itself. */
export function LaunchWaiting() {
  return (
    <div className="face launch-problem" data-testid="launch-waiting" aria-busy="true" role="status">
      <main>
        <h1>Đang kết nối với ki-ốt…</h1>
        <p lang="en">Connecting to the kiosk…</p>
        <p>
          Màn hình sẽ tự mở lại khi ki-ốt sẵn sàng.
          <br />
          <span lang="en">The screen comes back by itself when the kiosk is ready.</span>
        </p>
      </main>
    </div>
  );
}
