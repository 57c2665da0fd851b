/** The files of the open data (src/lib/open-data/downloads.ts), written at build under /data/. */
import type { APIRoute } from 'astro';
import { DOWNLOADS, getDownloads } from '../../lib/open-data/downloads';

export function getStaticPaths() {
  return DOWNLOADS.map((download) => ({ params: { file: download.file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const download = (await getDownloads()).find((item) => item.file === params.file);
  if (!download) throw new Error(`src/lib/open-data/downloads.ts has no file ${params.file}`);
  const charset = download.mediaType.startsWith('text/') || download.mediaType.includes('json');
  return new Response(download.bytes as BodyInit, {
    headers: {
      'Content-Type': charset ? `${download.mediaType}; charset=utf-8` : download.mediaType,
    },
  });
};
