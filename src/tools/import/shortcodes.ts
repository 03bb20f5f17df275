/** A Hugo shortcode call: {{< name arg key="value" >}} or {{% name %}}, or its closing tag. */
export interface Shortcode {
  name: string;
  closing: boolean;
  positional: string[];
  named: Record<string, string>;
}

export const shortcodePattern = /\{\{([<%])\s*(\/?)\s*([\w.-]+)([^\n]*?)\s*\/?\s*[>%]\}\}/g;

const argument = /(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g;

export function parseShortcode(name: string, closing: boolean, args: string): Shortcode {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const match of args.matchAll(argument)) {
    const value = (match[2] ?? match[3] ?? match[4] ?? match[5] ?? "").replace(/\\"/g, '"');
    if (match[1]) named[match[1]] = value;
    else positional.push(value);
  }
  return { name: name.toLowerCase(), closing, positional, named };
}

/** A value for our shortcodes' key="value" syntax. */
export function quote(value: string): string {
  return `"${value.replace(/"/g, "&quot;").replace(/\s+/g, " ").trim()}"`;
}
