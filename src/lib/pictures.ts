/**
 * Pictures of a record for the press: each at full resolution (the original file the editors
 * supplied) under a file name that carries its credit and licence, with a sidecar text file
 * at /pictures/<collection>/<id>/<name>.txt saying the same at length.
 */
import type { ImageMetadata } from 'astro';
import { contentLanguage, type ContentLanguage, type Locale } from '../i18n/locales';

export interface Picture {
  src: ImageMetadata;
  alt: Record<ContentLanguage, string>;
  credit: Record<ContentLanguage, string>;
  licence: string;
  illustration: boolean;
}

export interface NamedPicture {
  /** `cover`, then `picture-1`, `picture-2` … for the gallery. */
  name: string;
  picture: Picture;
}

/** A record's pictures, cover first, each with a name that stays put. */
export function recordPictures(data: { cover: Picture; gallery?: Picture[] }): NamedPicture[] {
  return [
    { name: 'cover', picture: data.cover },
    ...(data.gallery ?? []).map((picture, i) => ({ name: `picture-${i + 1}`, picture })),
  ];
}

/** Characters a file name cannot hold on Windows, macOS or Linux; spaces become hyphens. */
function filePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** jinxiang-dasuan_cover_Illustration-by-the-…-Hall_CC-BY-4.0.png */
export function pictureFileName(id: string, named: NamedPicture, locale: Locale): string {
  const { picture } = named;
  return [
    id,
    named.name,
    filePart(picture.credit[contentLanguage(locale)]),
    filePart(picture.licence),
  ]
    .join('_')
    .concat(`.${picture.src.format === 'jpeg' ? 'jpg' : picture.src.format}`);
}

export function sidecarPath(collectionRoute: string, id: string, name: string): string {
  return `/pictures/${collectionRoute}/${id}/${name}.txt`;
}

/** The sidecar: what the picture shows, who made it, its licence, where it is from; both languages. */
export function sidecarText(
  named: NamedPicture,
  record: {
    name: Record<Locale, string>;
    urls: Record<Locale, string>;
    fileNames: Record<Locale, string>;
  },
): string {
  const { picture } = named;
  const size = `${picture.src.width} × ${picture.src.height} px, ${picture.src.format.toUpperCase()}`;
  return [
    `${record.name.zh} · ${record.name.en}`,
    '',
    `署名：${picture.credit.zh}`,
    `许可：${picture.licence}`,
    `类型：${picture.illustration ? '插画（本展厅绘制），非照片' : '照片'}`,
    `画面：${picture.alt.zh}`,
    `尺寸：${size}`,
    `文件：${record.fileNames.zh}`,
    `出处：${record.urls.zh}`,
    '',
    `Credit: ${picture.credit.en}`,
    `Licence: ${picture.licence}`,
    `Kind: ${picture.illustration ? 'illustration (drawn by the hall), not a photograph' : 'photograph'}`,
    `Shows: ${picture.alt.en}`,
    `Size: ${size}`,
    `File: ${record.fileNames.en}`,
    `From: ${record.urls.en}`,
    '',
  ].join('\n');
}
