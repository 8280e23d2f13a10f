/** A small YAML tree for the skeleton of `init`: every entry may carry comment lines, printed above it. */
export type YNode = { kind: 'scalar'; value: string | number | boolean | null } | { kind: 'raw'; text: string } | { kind: 'map'; entries: YEntry[] } | { kind: 'seq'; items: YItem[] };
/** `off`: printed as a comment (`# key: value`), for an optional field the clerk may switch on. */
export type YEntry = { key: string; node: YNode; comment?: string[]; off?: boolean };
export type YItem = { node: YNode; comment?: string[] };

export const scalar = (value: string | number | boolean | null): YNode => ({ kind: 'scalar', value });
export const map = (entries: YEntry[]): YNode => ({ kind: 'map', entries });
export const seq = (items: YItem[]): YNode => ({ kind: 'seq', items });

/** Prints a map as block YAML, two spaces per level, strings double-quoted (JSON escapes are valid YAML). */
export function printYaml(root: YEntry[]): string {
  const out: string[] = [];
  printEntries(root, '', out);
  return `${out.join('\n')}\n`;
}

function inline(node: YNode): string | undefined {
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
    case 'raw':
      return node.text;
    case 'map':
      return node.entries.length === 0 ? '{}' : undefined;
    case 'seq':
      return node.items.length === 0 ? '[]' : undefined;
  }
}

function comments(lines: string[] | undefined, pad: string, out: string[]) {
  for (const line of lines ?? []) out.push(`${pad}# ${line}`);
}

function printEntries(entries: YEntry[], pad: string, out: string[]) {
  for (const entry of entries) {
    comments(entry.comment, pad, out);
    const value = inline(entry.node);
    if (value !== undefined) out.push(`${pad}${entry.off ? '# ' : ''}${entry.key}: ${value}`);
    else if (entry.node.kind === 'map' && entry.node.entries.every((e) => e.off)) {
      // Every field optional and left out: an empty map, the fields commented below it.
      out.push(`${pad}${entry.key}: {}`);
      printEntries(entry.node.entries, `${pad}  `, out);
    } else {
      out.push(`${pad}${entry.key}:`);
      printBlock(entry.node, `${pad}  `, out);
    }
  }
}

function printBlock(node: YNode, pad: string, out: string[]) {
  if (node.kind === 'map') printEntries(node.entries, pad, out);
  else if (node.kind === 'seq') {
    for (const item of node.items) {
      comments(item.comment, pad, out);
      const value = inline(item.node);
      if (value !== undefined) out.push(`${pad}- ${value}`);
      else if (item.node.kind === 'map') {
        const [first, ...rest] = item.node.entries as [YEntry, ...YEntry[]];
        comments(first.comment, pad, out);
        const lines: string[] = [];
        printEntries([{ key: first.key, node: first.node }, ...rest], `${pad}  `, lines);
        out.push(`${pad}- ${(lines[0] as string).slice(pad.length + 2)}`, ...lines.slice(1));
      } else {
        out.push(`${pad}-`);
        printBlock(item.node, `${pad}  `, out);
      }
    }
  }
}
