// Filters take calendar dates in the user's time zone; the API takes instants. "Tot en met" a
// date means up to the end of that day, so `to` becomes the last millisecond of it.

/** "2026-03-01" -> ISO instant of local midnight at the start of that day. */
export function startOfDayIso(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const value = new Date(`${date}T00:00:00`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}

/** "2026-03-01" -> ISO instant of the last millisecond of that local day. */
export function endOfDayIso(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const value = new Date(`${date}T23:59:59.999`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}
