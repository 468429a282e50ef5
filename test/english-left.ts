// Which English words are left in a text the assistant shows in Hindi (issue 9: "no English
// string left"). What stays in Latin letters is docs/i18n.md's list: the portals' own words in
// quotes, names and codes, and values (anything with a digit, _, @, . or / in it).

/** Names and codes that stay as they are in Hindi (docs/i18n.md, "What stays in Latin letters"). */
const KEPT = new Set(
  [
    'GSTZen',
    'CloudZen',
    'CLOUDZEN',
    'SOFTWARE',
    'LABS',
    'PRIVATE',
    'LIMITED',
    'NIC',
    'GST',
    'GSTIN',
    'PAN',
    'API',
    'ERP',
    'GSP',
    'OTP',
    'ID',
    'SMS',
    'Tally',
    'SAP',
    'ZENTRIAL',
    'ZENLIVE',
    'English',
  ].map((word) => word.toLowerCase()),
);

/** Quoted spans: the portals' own words (“Tax Payer”, "Create", ‘Login’, «…»). */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’/g;

/**
 * The words of `text` that are English and should not be: Latin-letter words outside quotes that
 * are not in the kept list, not values (a digit, _, @, . or / inside), and not in `alsoAllowed`
 * (values the test itself typed or the page showed, e.g. a trade name).
 */
export function englishWordsIn(text: string, alsoAllowed: readonly string[] = []): string[] {
  let rest = text.replace(QUOTED, ' ');
  for (const value of alsoAllowed) if (value) rest = rest.split(value).join(' ');
  const words = rest.split(/[\s,;:!?()[\]{}…–—|•·]+/).filter(Boolean);
  return words.filter((word) => {
    const bare = word.replace(/^[^A-Za-z0-9_@./]+|[^A-Za-z0-9_@./]+$/g, '');
    // A catalog key shown raw (panel_collapse): a message that never reached the page.
    if (/^[a-z]+(_[a-z0-9]+)+$/i.test(bare) && !/^API_/.test(bare)) return true;
    if (!/[A-Za-z]{2,}/.test(bare)) return false;
    if (/[0-9_@/]|[A-Za-z]\.[A-Za-z]/.test(bare)) return false;
    return !bare
      .split(/[-']/)
      .every((part) => part === '' || KEPT.has(part.toLowerCase()) || !/[A-Za-z]{2,}/.test(part));
  });
}
