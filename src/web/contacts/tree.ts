export interface TreeNode {
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameEn: string | null;
  active?: boolean;
  sort?: number;
}

export interface OptionGroup {
  key: string;
  /** null: options without a group (top-level items that have no children). */
  label: string | null;
  options: { value: string; label: string }[];
}

const nameOf = (node: TreeNode, lang: string) => (lang === 'en' && node.nameEn) || node.nameNl;

/**
 * Groups a flat tree under its top-level items, for <optgroup>s. A top-level item with children
 * becomes a group (and stays choosable as its first option, since a contact may be about the
 * whole subject); deeper items are listed under their top-level ancestor as "grandchild (child)".
 * Inactive items are left out: they may not be chosen for new records.
 */
export function groupTree(nodes: readonly TreeNode[], lang: string): OptionGroup[] {
  const active = nodes.filter((n) => n.active !== false);
  const byCode = new Map(active.map((n) => [n.code, n]));
  const children = new Map<string, TreeNode[]>();
  for (const node of active) {
    const parent = node.parentCode && byCode.has(node.parentCode) ? node.parentCode : '';
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const sorted = (list: TreeNode[] = []) =>
    [...list].sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0) || nameOf(a, lang).localeCompare(nameOf(b, lang)));

  // The own name comes first so that typing it selects the option (native type-ahead); the
  // parent follows in brackets to tell apart items of the same name.
  const descendants = (
    code: string,
    parent: string | null,
    seen: Set<string>,
  ): { value: string; label: string }[] =>
    sorted(children.get(code)).flatMap((child) => {
      if (seen.has(child.code)) return []; // a cycle in bad data must not hang the page
      seen.add(child.code);
      const name = nameOf(child, lang);
      const label = parent ? `${name} (${parent})` : name;
      return [{ value: child.code, label }, ...descendants(child.code, name, seen)];
    });

  const loose: OptionGroup = { key: '', label: null, options: [] };
  const groups: OptionGroup[] = [];
  for (const root of sorted(children.get(''))) {
    const below = descendants(root.code, null, new Set([root.code]));
    if (below.length === 0) loose.options.push({ value: root.code, label: nameOf(root, lang) });
    else
      groups.push({
        key: root.code,
        label: nameOf(root, lang),
        options: [{ value: root.code, label: nameOf(root, lang) }, ...below],
      });
  }
  return loose.options.length ? [loose, ...groups] : groups;
}
