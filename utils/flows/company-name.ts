/**
 * Company names as NIC's lists write them: "Cloudzen Software Labs Pvt. Ltd (GSTZen)" and
 * "CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)" are the same company; "CLOUDZEN SOFTWARE
 * SOLUTIONS PVT LTD" and "... PRIVATE LIMITED (OLD)" are not.
 */

/** Case, punctuation and the Pvt/Private, Ltd/Limited spellings folded away. */
function companyKey(name: string): string {
  return name
    .toUpperCase()
    .replace(/\bPVT\b\.?/g, 'PRIVATE')
    .replace(/\bLTD\b\.?/g, 'LIMITED')
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * Is `option` the company `wanted`, spelt differently? Its key equals the wanted name's key, or
 * that of its legal name without the bracketed brand (a list may drop "(GSTZen)"). Anything
 * longer or different (another company, an "(OLD)" entry) is not.
 */
export function isSameCompany(option: string, wanted: string): boolean {
  const key = companyKey(option);
  if (!key) return false;
  return key === companyKey(wanted) || key === companyKey(wanted.replace(/\([^)]*\)\s*$/, ''));
}
