/** The site's own settings, in every template as `site`. */
export default {
  name: 'Career guides',
  /** The public origin (and folder) of the site, for canonical URLs and the JSON-LD; no trailing slash. */
  url: process.env.SITE_URL ?? 'https://careers.example.com',
  /** The language of numbers and of the widgets' own words. */
  locale: 'en-US',
};
