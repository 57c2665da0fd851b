/**
 * The content folder as an Excel workbook for editors: one sheet per collection with one row per
 * entry, one sheet per list (registrations, honours, facts, trademarks, ...) keyed by entry id,
 * two frozen header rows (Chinese names, then the field keys the import reads), drop-downs for
 * every closed list, and the names of the Markdown files that hold each entry's prose.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  COLLECTION_SHEETS,
  ENTRY_ID_COLUMN,
  PROSE_COLUMNS,
  type CollectionSheet,
  type Column,
} from './collections.ts';
import { loadContent, valueAt, type StoredContent } from './content.ts';

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

type Cell = string | number | boolean | null;

/** Rows below the entries that still get drop-downs, for entries an editor adds. */
const SPARE_ROWS = 200;
const HEADER_ROWS = 2;

const ABOUT = [
  ['济宁商标品牌数字展厅 · 内容表格', 'Jining Digital Brand Exhibition Hall · content workbook'],
  [
    '每个工作表是一个栏目，每行一个条目；登记、荣誉、事实、商标等列表在各自的工作表里，用“条目编号”对应。',
    'Each sheet is a collection, one row per entry; lists (registrations, honours, facts, trademarks) have their own sheets, keyed by the entry id.',
  ],
  [
    '第1行是中文列名，第2行是字段名（导入时读取，请勿修改）。带下拉框的列只能填列表中的值。',
    'Row 1 names the columns in Chinese, row 2 holds the field keys the import reads: do not change them. Columns with a drop-down take only its values.',
  ],
  [
    '正文（zh.md、en.md）不在表格里：表格只写出文件名，请直接编辑这些文件。',
    'Prose (zh.md, en.md) is not in the workbook: it names the files; edit them directly.',
  ],
  [
    '改完后运行 npm run content:import -- 文件.xlsx 查看报告，无误后加 --write 写入。',
    'Then run npm run content:import -- FILE.xlsx to see the report, and add --write to save.',
  ],
];

function cellOf(value: unknown, column: Column): Cell {
  if (value === undefined || value === null) return null;
  if (column.many && Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return JSON.stringify(value);
}

function widthOf(column: { key: string; leaf?: Column['leaf'] }): number {
  if (column.key === 'id') return 26;
  if (/(summary|value|text|detail|licensingRules)\.(zh|en)$/.test(column.key)) return 48;
  if (/\.(zh|en)$|url|document|title/.test(column.key)) return 28;
  if (column.leaf?.type === 'boolean' || column.key === 'confidence') return 10;
  return 16;
}

function addHeader(sheet: ExcelJS.Worksheet, columns: { key: string; label: string }[]) {
  sheet.columns = columns.map((column) => ({ key: column.key, width: widthOf(column) }));
  sheet.addRow(columns.map((column) => column.label));
  sheet.addRow(columns.map((column) => column.key));
  for (const number of [1, 2]) {
    const row = sheet.getRow(number);
    row.font = { bold: number === 1, color: { argb: number === 1 ? 'FF1F2937' : 'FF6B7280' } };
    row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EFE6' } };
    row.alignment = { vertical: 'middle', wrapText: true };
    // Programs do not grow a row for wrapped text on opening: room for two lines.
    row.height = number === 1 ? 32 : 18;
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROWS }];
}

/** A quoted sheet name for formulas. */
const quoted = (name: string) => `'${name.replaceAll("'", "''")}'`;

function sheetNameOf(collection: string): string {
  return COLLECTION_SHEETS.find((sheet) => sheet.collection === collection)?.name ?? collection;
}

function validationOf(column: Column | typeof ENTRY_ID_COLUMN, entrySheet?: string) {
  const leaf = 'leaf' in column ? column.leaf : undefined;
  let formula: string | undefined;
  let hint = '';
  if (leaf?.type === 'choice') {
    formula = `"${leaf.values.join(',')}"`;
    hint = leaf.values.join(', ');
  } else if (leaf?.type === 'reference' && !('many' in column && column.many)) {
    const rows = `$A$${HEADER_ROWS + 1}:$A$1000`;
    formula = `${quoted(sheetNameOf(leaf.collection))}!${rows}`;
    hint = `an id from the sheet ${sheetNameOf(leaf.collection)}`;
  } else if (entrySheet) {
    formula = `${quoted(entrySheet)}!$A$${HEADER_ROWS + 1}:$A$1000`;
    hint = `an id from the sheet ${entrySheet}`;
  }
  if (!formula) return undefined;
  return {
    type: 'list' as const,
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: '请从列表中选择 / Choose from the list',
    error: `请选择列表中的值 / Use ${hint}`,
  };
}

function addValidations(
  sheet: ExcelJS.Worksheet,
  columns: (Column | typeof ENTRY_ID_COLUMN)[],
  entrySheet?: string,
) {
  const last = sheet.rowCount + SPARE_ROWS;
  columns.forEach((column, index) => {
    const isEntryId = entrySheet !== undefined && index === 0;
    const validation = validationOf(column, isEntryId ? entrySheet : undefined);
    if (!validation) return;
    const letter = sheet.getColumn(index + 1).letter;
    // exceljs writes sheet.dataValidations but its typings do not declare it.
    const validations = (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
    for (let row = HEADER_ROWS + 1; row <= last; row += 1) {
      validations.add(`${letter}${row}`, validation);
    }
  });
}

function proseCell(content: StoredContent, collection: string, id: string, file: string): string {
  const path = `${collection}/${id}/${file}`;
  return existsSync(join(content.dir, path)) ? path : `${path}（待补充 / to be supplied）`;
}

function addCollection(workbook: ExcelJS.Workbook, spec: CollectionSheet, content: StoredContent) {
  const entries = [...(content.entries.get(spec.collection)?.values() ?? [])];
  const folders = spec.storage === 'folders';
  const sheet = workbook.addWorksheet(spec.name);
  addHeader(sheet, [...spec.columns, ...(folders ? PROSE_COLUMNS : [])]);
  for (const entry of entries) {
    const data = entry.node.toJS(entry.file.doc) as Record<string, unknown>;
    const cells = spec.columns.map((column) =>
      column.key === 'id' && folders ? entry.id : cellOf(valueAt(data, column.key), column),
    );
    const prose = folders
      ? PROSE_COLUMNS.map(({ key }) => proseCell(content, spec.collection, entry.id, key))
      : [];
    sheet.addRow([...cells, ...prose]);
  }
  addValidations(sheet, spec.columns);

  for (const list of spec.lists) {
    const listSheet = workbook.addWorksheet(list.name);
    addHeader(listSheet, [ENTRY_ID_COLUMN, ...list.columns]);
    for (const entry of entries) {
      const items = valueAt(entry.node.toJS(entry.file.doc), list.field);
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        listSheet.addRow([entry.id, ...list.columns.map((c) => cellOf(valueAt(item, c.key), c))]);
      }
    }
    addValidations(listSheet, [ENTRY_ID_COLUMN, ...list.columns], spec.name);
  }
}

/** The whole content folder as the bytes of an .xlsx workbook (also for a download page). */
export async function buildWorkbook(contentDir: string): Promise<Buffer> {
  const content = loadContent(contentDir);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '济宁商标品牌数字展厅 Jining Digital Brand Exhibition Hall';
  const about = workbook.addWorksheet('说明 about');
  about.columns = [{ width: 70 }, { width: 70 }];
  for (const texts of ABOUT) {
    const row = about.addRow(texts);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 48;
  }
  about.getRow(1).font = { bold: true, size: 14 };
  for (const spec of COLLECTION_SHEETS) addCollection(workbook, spec, content);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
