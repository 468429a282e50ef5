/**
 * Text matching for locating portal elements by what a person sees. Portal labels vary in
 * spacing, case, trailing colons and required-field asterisks, so all comparisons go through
 * `normalizeLabel`.
 */
export type TextPattern = string | RegExp;

/** "GST Registered\n Mobile No. :*" → "gst registered mobile no." */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/u, '')
    .trim()
    .toLowerCase();
}

export function matchesText(actual: string, pattern: TextPattern): boolean {
  const normalized = normalizeLabel(actual);
  if (typeof pattern === 'string') return normalized === normalizeLabel(pattern);
  return pattern.test(normalized) || pattern.test(actual.replace(/\s+/g, ' ').trim());
}

/**
 * A loose key for company names: "Cloudzen Software Labs Pvt. Ltd (GSTZen)" and
 * "CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)" share it.
 */
export function companyKey(name: string): string {
  return name
    .toUpperCase()
    .replace(/\bPVT\b\.?/g, 'PRIVATE')
    .replace(/\bLTD\b\.?/g, 'LIMITED')
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * True when an option's text names the wanted company: exact on the loose key, or the option
 * starts with the company's legal name (the portal may drop or change the bracketed brand).
 */
export function sameCompany(optionText: string, wanted: string): boolean {
  const option = companyKey(optionText);
  const target = companyKey(wanted);
  if (!option) return false;
  if (option === target) return true;
  const legalName = companyKey(wanted.replace(/\(.*\)\s*$/, ''));
  return legalName.length > 0 && option.startsWith(legalName);
}
