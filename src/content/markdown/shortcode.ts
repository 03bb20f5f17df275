/** The arguments of `{{< name "positional" key="value" >}}`. */
export interface ShortcodeArgs {
  positional: string[];
  named: Map<string, string>;
}

const argument = /\s*(?:([A-Za-z][\w-]*)=)?(?:"([^"]*)"|([^\s"]+))/y;

/** Parse the text between the name and `>}}`; undefined when it is not well formed. */
export function parseShortcodeArgs(text: string): ShortcodeArgs | undefined {
  const args: ShortcodeArgs = { positional: [], named: new Map() };
  argument.lastIndex = 0;
  let position = 0;
  while (position < text.length) {
    if (!text.slice(position).trim()) break;
    argument.lastIndex = position;
    const match = argument.exec(text);
    if (!match) return undefined;
    const value = match[2] ?? match[3] ?? "";
    if (match[1]) args.named.set(match[1], value);
    else args.positional.push(value);
    position = argument.lastIndex;
  }
  return args;
}

/** `{{< name args >}}` alone on a line (the whole line, trimmed), or undefined. */
export function parseShortcodeLine(line: string): { name: string; args: string } | undefined {
  const text = line.trim();
  // Lines are bounded so a hostile line cannot make the scan slow.
  if (!text.startsWith("{{<") || !text.endsWith(">}}") || text.length > 2000) return undefined;
  const inner = text.slice(3, -3);
  const name = /^\s*([a-z][a-z0-9-]*)/.exec(inner);
  if (!name?.[1]) return undefined;
  return { name: name[1], args: inner.slice(name[0].length) };
}
