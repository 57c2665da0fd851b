/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a day, month or year that exists. */
export function isRealDate(text: string): boolean {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}
