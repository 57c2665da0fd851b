/**
 * Reading what an editor hands back: an .xlsx workbook, or one sheet saved as CSV — UTF-8 with
 * or without a byte-order mark, or GBK/GB18030 as Excel and WPS write it on Chinese Windows.
 * Cells come back as text, numbers or true/false, whatever the program made of them.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type CellValue = string | number | boolean | null;

export interface SheetData {
  name: string;
  /** Every row from the first, each cell in column order; rows[0] is row 1. */
  rows: CellValue[][];
}

/** A workbook cell as a plain value: rich text, links and formulas give their text or result. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  // A date an editor typed into a cell: the day, as the content writes it.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return plain(value.text as ExcelJS.CellValue);
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('error' in value) return null;
  return String(value);
}

export async function readWorkbook(bytes: Buffer | ArrayBuffer): Promise<SheetData[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: CellValue[] = [];
      for (let column = 1; column <= sheet.columnCount; column += 1) {
        cells.push(plain(row.getCell(column).value));
      }
      rows[number - 1] = cells;
    });
    return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}

/** The text of a CSV file: UTF-8 (with or without BOM) when it is valid UTF-8, else GB18030. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One CSV file as one sheet; the file name (e.g. `gis.registrations.csv`) names the sheet. */
export function readCsv(bytes: Uint8Array, fileName: string): SheetData {
  const name = (fileName.split(/[\\/]/).at(-1) ?? fileName).replace(/\.csv$/i, '');
  const rows = parseCsv(decodeCsv(bytes)).map((row) =>
    row.map((cell): CellValue => (cell === '' ? null : cell)),
  );
  return { name, rows };
}
