/** Molecular formulas as pages print them: "C21H23ClFNO2" → C, 21, H, 23, Cl, F, N, O, 2 (counts as subscripts). Pure. */
export interface FormulaPart {
  element: string;
  /** The count as written; empty for one atom. */
  count: string;
}

export function formulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  for (const m of formula.matchAll(/([A-Z][a-z]?)(\d*)/g)) parts.push({ element: m[1]!, count: m[2]! });
  if (parts.map((p) => p.element + p.count).join('') !== formula) throw new Error(`formulaParts: "${formula}" is not a molecular formula (element symbols and counts)`);
  return parts;
}
