/**
 * The file name of an address's QR code (`/qr/<id>.svg`). The build names each code file this
 * way and the kiosk script finds the code of a tapped link the same way, without a lookup table:
 * FNV-1a (32 bit) over the address as the URL parser writes it. The build fails if two addresses
 * ever share an id (src/lib/qr.ts).
 */
export function qrId(address: string): string {
  const text = new URL(address).href;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The address of the QR code file of `address`. */
export function qrPath(address: string): string {
  return `/qr/${qrId(address)}.svg`;
}

/** True for a link a kiosk must not follow: another site, e-mail, telephone. */
export function leavesSite(url: URL, origin: string): boolean {
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin;
}
