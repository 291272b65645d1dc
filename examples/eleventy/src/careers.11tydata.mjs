/** A guide page's head comes from its guide: title, description and language. */
export default {
  eleventyComputed: {
    title: (data) => data.entry.guide.title,
    description: (data) => data.entry.guide.summary,
    lang: (data) => data.entry.guide.lang,
  },
};
