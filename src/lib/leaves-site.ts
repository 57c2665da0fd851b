/** True for a link a kiosk must not follow: another site, e-mail, telephone. The kiosk shows its
 * QR code instead (src/scripts/bh-kiosk.ts). */
export function leavesSite(url: URL, origin: string): boolean {
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin;
}
