/**
 * /qr/<id>.svg: the QR code of an address (src/lib/qr.ts), for kiosk screens. Written at build
 * time; kiosk mode shows them instead of following links out of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { qrTargets } from '../../lib/qr';
import { qrSvg } from '../../lib/qr-svg';

export const getStaticPaths = (async () => {
  const targets = await qrTargets(import.meta.env.SITE);
  return [...targets].map(([id, address]) => ({ params: { id }, props: { address } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ address: string }> = async ({ props }) =>
  new Response(await qrSvg(props.address), { headers: { 'content-type': 'image/svg+xml' } });
