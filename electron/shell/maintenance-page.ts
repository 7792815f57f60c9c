/**
 * The maintenance screen, served by the app:// protocol with the same strict CSP as the faces (so no
 * inline script or style: the style sheet is a second path). Shown when the kiosk face failed too often;
 * staff sign in on the staff face (the link) and reset maintenance there.
 */
export const MAINTENANCE_PATH = '/maintenance';
export const MAINTENANCE_CSS_PATH = '/maintenance.css';

export const MAINTENANCE_HTML = `<!doctype html>
<html lang="vi" translate="no">
<head>
<meta charset="utf-8">
<meta name="google" content="notranslate">
<title>Ki-ốt đang bảo trì</title>
<link rel="stylesheet" href="${MAINTENANCE_CSS_PATH}">
</head>
<body>
<main>
<h1>Ki-ốt tạm ngừng phục vụ</h1>
<p>Máy đang được bảo trì. Xin mời ông/bà liên hệ cán bộ tại quầy tiếp nhận để được hỗ trợ.</p>
<p lang="en" class="en">This kiosk is under maintenance. Please ask the staff at the reception desk for help.</p>
<a class="staff" href="/staff">Cán bộ đăng nhập · Staff sign-in</a>
</main>
</body>
</html>
`;

export const MAINTENANCE_CSS = `html, body { margin: 0; height: 100%; background: #0b3d2e; color: #ffffff; font-family: "Be Vietnam Pro", system-ui, sans-serif; }
main { box-sizing: border-box; height: 100%; display: flex; flex-direction: column; justify-content: center; align-items: center; padding: 48px; text-align: center; gap: 24px; }
h1 { font-size: 48px; margin: 0; }
p { font-size: 28px; max-width: 32em; margin: 0; line-height: 1.4; }
p.en { font-size: 22px; color: #d7efe5; }
a.staff { margin-top: 48px; min-height: 48px; padding: 12px 24px; font-size: 20px; color: #0b3d2e; background: #ffffff; border-radius: 8px; text-decoration: none; }
`;
