/**
 * An id made from a name: "Knee wags" → "knee-wags". Accents are dropped; a name with no Latin
 * letters or digits gives "" (the caller picks a fallback).
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  // Documents are read as plain objects, where these keys don't survive as map keys.
  return slug === 'constructor' || slug === 'prototype' ? `${slug}-1` : slug;
}
