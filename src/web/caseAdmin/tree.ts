export interface TreeNode {
  code: string;
  parentCode: string | null;
  sort: number;
}

/**
 * Depth-first order of a flat tree (parents before their children, siblings by sort then code),
 * with each node's depth. A node whose parent is missing is shown at the top level; a cycle, which
 * the server prevents, cannot hang the page because each node is visited once.
 */
export function treeOrder<T extends TreeNode>(items: readonly T[]): { item: T; depth: number }[] {
  const codes = new Set(items.map((i) => i.code));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentCode && codes.has(item.parentCode) ? item.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const bySort = (a: T, b: T) => a.sort - b.sort || a.code.localeCompare(b.code);
  const out: { item: T; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const item of [...(children.get(parent) ?? [])].sort(bySort)) {
      if (seen.has(item.code)) continue;
      seen.add(item.code);
      out.push({ item, depth });
      visit(item.code, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
