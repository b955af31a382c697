/**
 * Belgian enterprise (KBO) and establishment unit numbers carry a check digit:
 * the last two digits equal 97 minus (the first eight digits modulo 97).
 */

export function digitsOf(number: string): string {
  return number.replace(/\D/g, '');
}

function hasValidCheck(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/** True for a valid enterprise number such as "0316.380.841" or "0316380841". */
export function isValidKbo(number: string): boolean {
  const digits = digitsOf(number);
  return /^[01]/.test(digits) && hasValidCheck(digits);
}

/** True for a valid establishment unit number such as "2.199.310.197". */
export function isValidEstablishmentUnit(number: string): boolean {
  const digits = digitsOf(number);
  return /^[2-8]/.test(digits) && hasValidCheck(digits);
}

/** Formats ten digits as 0XXX.XXX.XXX (or 1XXX.XXX.XXX for the series given since 2023). */
export function formatKbo(number: string): string {
  const d = digitsOf(number).padStart(10, '0');
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** The full number for eight base digits: appends the check digit (for generated test data). */
export function kboWithCheckDigit(base: number): string {
  const digits = String(base).padStart(8, '0');
  return formatKbo(`${digits}${String(97 - (Number(digits) % 97)).padStart(2, '0')}`);
}

/**
 * KBO numbers as written in a text ("0887.010.632", "0507 873 093", "0316380841"), each with its
 * ten digits and whether its check digit holds. The importer matches parties by them; the
 * fidelity check looks for the frontmatter's numbers among them.
 */
export function kboNumbersIn(text: string): { written: string; digits: string; valid: boolean }[] {
  return [...text.matchAll(/\b([01]\d{3}[. ]?\d{3}[. ]?\d{3})\b/g)].map((m) => {
    const digits = digitsOf(m[1] ?? '');
    return { written: m[1] ?? '', digits, valid: isValidKbo(digits) };
  });
}
