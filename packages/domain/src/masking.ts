/**
 * Personal data as shown to anyone without the right to see it in full: enough to recognise a customer on the
 * phone, not enough to identify them. Masking is by characters (Chinese names are short), never by bytes.
 */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = [...phone];
  if (digits.length <= 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3).join('')}${'*'.repeat(digits.length - 7)}${digits.slice(-4).join('')}`;
}

export function maskIdNumber(id: string | null): string | null {
  if (id === null) return null;
  const chars = [...id];
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`;
}

export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
