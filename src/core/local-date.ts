const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date ("YYYY-MM-DD") an instant falls on in a time zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}
