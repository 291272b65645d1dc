/**
 * The one cache of Intl formatters. Building an `Intl.NumberFormat`, `DateTimeFormat` or
 * `DisplayNames` costs far more than using one, and a page may hold hundreds of charts, so each
 * is made once per kind, language and options. A locale Intl refuses falls back to English.
 */

type Formatters = {
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  region: Intl.DisplayNames;
};

const makers: { [K in keyof Formatters]: (locale: string, options: object) => Formatters[K] } = {
  number: (locale, options) => new Intl.NumberFormat(locale, options),
  date: (locale, options) => new Intl.DateTimeFormat(locale, options),
  region: (locale) => new Intl.DisplayNames(locale, { type: 'region' }),
};

const cache = new Map<string, Formatters[keyof Formatters]>();

function formatter<K extends keyof Formatters>(kind: K, locale: string, options: object = {}): Formatters[K] {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let made = cache.get(key) as Formatters[K] | undefined;
  if (!made) {
    try {
      made = makers[kind](locale, options);
    } catch {
      made = makers[kind]('en', options);
    }
    cache.set(key, made);
  }
  return made;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return formatter('number', locale, options);
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatter('date', locale, options);
}

/** A cached `Intl.DisplayNames` for regions. */
export function regionNames(locale: string): Intl.DisplayNames {
  return formatter('region', locale);
}
