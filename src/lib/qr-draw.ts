/**
 * The QR code of an address as SVG (the `qrcode` package): dark modules on white with a quiet
 * zone, readable on any screen. The one drawing of every code, so a code is the same wherever it
 * shows: on the printed fact sheet (drawn by the build, src/lib/qr-svg.ts) and on a kiosk, which
 * draws the code of the brand page on its screen and of a tapped outside link
 * (src/scripts/bh-kiosk.ts).
 *
 * Shared by the browser and the build: no DOM or Node names.
 */
import QRCode from 'qrcode';

export const QR_OPTIONS = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 2,
  color: { dark: '#132426', light: '#ffffff' },
} as const;

export function drawQr(address: string): Promise<string> {
  return QRCode.toString(address, QR_OPTIONS);
}
