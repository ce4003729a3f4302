/**
 * Find a cycle that giving `bundleId` these components would create, following the existing
 * component edges. Returns the cycle as a path of ids (starting and ending at bundleId) or null.
 */
export function bundleCycle(bundleId: string, componentIds: readonly string[], existingComponents: ReadonlyMap<string, readonly string[]>): string[] | null {
  const seen = new Set<string>();
  const walk = (node: string, path: string[]): string[] | null => {
    if (node === bundleId) return [...path, node];
    if (seen.has(node)) return null;
    seen.add(node);
    for (const next of existingComponents.get(node) ?? []) {
      const found = walk(next, [...path, node]);
      if (found) return found;
    }
    return null;
  };
  for (const component of componentIds) {
    const found = walk(component, [bundleId]);
    if (found) return found;
  }
  return null;
}
