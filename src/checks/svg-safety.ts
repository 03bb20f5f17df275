import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Whether an SVG from `public/` is inert. Opened on its own (`/images/x.svg`), an SVG is a
 * document of this site's origin: a script, an event handler or an XHTML element in it would
 * run as the site. So an SVG passes only when nothing in it is active or fetches anything:
 * elements from an allowlist of drawing elements, no event handlers, links and references
 * only to `#fragments` of the same file, no DOCTYPE (entities), no processing instructions,
 * CSS without @import, escapes or external url(). The file is parsed as XML (fast-xml-parser,
 * after its validator); only the CSS inside is matched as text.
 */
export interface SvgProblem {
  line: number;
  message: string;
}

const svgNs = "http://www.w3.org/2000/svg";
const xlinkNs = "http://www.w3.org/1999/xlink";
const xmlNs = "http://www.w3.org/XML/1998/namespace";

/** Drawing, text, paint and filter elements: none runs script, loads a document or changes an attribute. */
const svgElements = new Set([
  "svg",
  "g",
  "defs",
  "symbol",
  "use",
  "title",
  "desc",
  "metadata",
  "switch",
  "view",
  "a",
  "style",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "image",
  "text",
  "tspan",
  "textPath",
  "linearGradient",
  "radialGradient",
  "stop",
  "pattern",
  "clipPath",
  "mask",
  "marker",
  "filter",
  "feBlend",
  "feColorMatrix",
  "feComponentTransfer",
  "feComposite",
  "feConvolveMatrix",
  "feDiffuseLighting",
  "feDisplacementMap",
  "feDistantLight",
  "feDropShadow",
  "feFlood",
  "feFuncA",
  "feFuncB",
  "feFuncG",
  "feFuncR",
  "feGaussianBlur",
  "feImage",
  "feMerge",
  "feMergeNode",
  "feMorphology",
  "feOffset",
  "fePointLight",
  "feSpecularLighting",
  "feSpotLight",
  "feTile",
  "feTurbulence",
  // Movement only; <animate> and <set> are left out: they can change any attribute, href included.
  "animateMotion",
  "animateTransform",
  "mpath",
]);

/** Editors' bookkeeping (Inkscape, Illustrator, Sketch, RDF metadata): browsers ignore these elements. */
const inertNamespaces = [
  "http://www.inkscape.org/namespaces/inkscape",
  "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  "http://creativecommons.org/ns#",
  "http://web.resource.org/cc/",
  "http://purl.org/dc/elements/1.1/",
  "http://purl.org/dc/terms/",
  "http://www.bohemiancoding.com/sketch/ns",
  "http://www.serif.com/",
];
const isInertNamespace = (ns: string) => inertNamespaces.includes(ns) || ns.startsWith("http://ns.adobe.com/");

/** A raster image embedded in the file: no request, and a raster cannot run script. Only on <image>. */
const embeddedRaster = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/;

type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  allowBooleanAttributes: false,
  // Character references are decoded (as a browser would) so `&#x6a;avascript:` is seen for what it is.
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: false,
  ignorePiTags: false,
  commentPropName: "#comment",
  cdataPropName: "#cdata",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

/** What is wrong with CSS in an SVG (a <style> element or an attribute), or undefined. */
function cssProblem(css: string): string | undefined {
  const lower = css.toLowerCase();
  // A CSS escape (`\75 rl(`) spells a function or at-rule this check would not recognise.
  if (lower.includes("\\")) return "CSS escapes (\\) are not allowed";
  if (lower.includes("@import")) return "@import is not allowed (it loads another file)";
  if (/(^|[^a-z-])(-webkit-)?(image-set|image|src|element|expression)\s*\(/.test(lower))
    return "CSS functions that load or run something (image-set(), src(), expression()) are not allowed";
  if (/-moz-binding|behavior\s*:/.test(lower)) return "-moz-binding and behavior are not allowed";
  for (const match of lower.matchAll(/url\s*\(\s*(['"]?)\s*([^'")]*)/g)) {
    if (!(match[2] ?? "").startsWith("#")) return `url(${match[2] ?? ""}) is not allowed: only url(#id) of this file`;
  }
  return undefined;
}

/** Every reason the SVG text is not inert; empty when it may be published. */
export function svgProblems(text: string): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const fail = (message: string, line = 1) => problems.push({ line, message: `SVG: ${message}` });
  // DOCTYPE can declare entities (the "billion laughs", external files): refused wherever it is.
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) {
    fail("<!DOCTYPE> and <!ENTITY> are not allowed (save as plain SVG, or run it through SVGO)");
    return problems;
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    fail(`not well-formed XML: ${valid.err.msg}`, valid.err.line);
    return problems;
  }
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(text) as XmlNode[];
  } catch (error) {
    fail(`could not be read as XML (${error instanceof Error ? error.message : String(error)})`);
    return problems;
  }

  const roots = nodes.filter((node) => elementName(node) !== undefined);
  for (const node of nodes) {
    const name = nodeName(node);
    if (name === "?xml") {
      const encoding = node[":@"]?.encoding;
      if (encoding !== undefined && encoding.toLowerCase() !== "utf-8") fail(`encoding "${encoding}" is not allowed (save as UTF-8)`);
    } else if (name?.startsWith("?")) fail(`the processing instruction <${name}?> is not allowed`);
  }
  if (roots.length !== 1 || elementName(roots[0] ?? {}) !== "svg") {
    fail('the file must be one <svg xmlns="http://www.w3.org/2000/svg"> element');
    return problems;
  }

  const seen = new Set<string>();
  const report = (message: string) => {
    if (!seen.has(message)) fail(message);
    seen.add(message);
  };
  // Iterative walk: a deeply nested file must not overflow the stack.
  const stack: { node: XmlNode; scope: Map<string, string> }[] = [{ node: roots[0] as XmlNode, scope: new Map([["xml", xmlNs]]) }];
  while (stack.length) {
    const { node, scope: parentScope } = stack.pop() as { node: XmlNode; scope: Map<string, string> };
    const name = elementName(node) as string;
    const attributes = node[":@"] ?? {};
    const scope = new Map(parentScope);
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute === "xmlns") scope.set("", value);
      else if (attribute.startsWith("xmlns:")) scope.set(attribute.slice(6), value);
    }
    const [prefix, local] = name.includes(":") ? [name.slice(0, name.indexOf(":")), name.slice(name.indexOf(":") + 1)] : ["", name];
    const ns = scope.get(prefix);
    if (ns === undefined) {
      report(prefix ? `<${name}>: the prefix "${prefix}" is not declared` : `<${name}> has no namespace (the root needs xmlns="${svgNs}")`);
    } else if (ns === svgNs) {
      if (!svgElements.has(local)) report(`<${name}> is not allowed (only drawing elements; no script, foreignObject, animate or set)`);
    } else if (!isInertNamespace(ns)) {
      report(`<${name}> in the namespace ${ns} is not allowed`);
    }
    for (const [attribute, value] of Object.entries(attributes)) {
      const problem = attributeProblem(attribute, value, local, ns === svgNs, scope);
      if (problem) report(`<${name} ${attribute}>: ${problem}`);
    }
    const children = node[name];
    if (!Array.isArray(children)) continue;
    if (ns === svgNs && local === "style") {
      const css = (children as XmlNode[]).map(textOf).join("");
      const problem = cssProblem(css);
      if (problem) report(`<style>: ${problem}`);
    }
    for (const child of children as XmlNode[]) {
      const childName = nodeName(child);
      if (childName?.startsWith("?")) report(`the processing instruction <${childName}?> is not allowed`);
      if (elementName(child) !== undefined) stack.push({ node: child, scope });
    }
  }
  return problems;
}

function attributeProblem(attribute: string, value: string, element: string, inSvg: boolean, scope: Map<string, string>): string | undefined {
  const [prefix, local] = attribute.includes(":") ? [attribute.slice(0, attribute.indexOf(":")), attribute.slice(attribute.indexOf(":") + 1)] : ["", attribute];
  if (prefix === "xmlns" || attribute === "xmlns") return undefined;
  if (local.toLowerCase().startsWith("on")) return "event handlers are not allowed";
  const ns = prefix ? scope.get(prefix) : "";
  if (ns === undefined) return `the prefix "${prefix}" is not declared`;
  if (ns === xmlNs && local === "base") return "xml:base is not allowed";
  if (local === "href" && (ns === "" || ns === xlinkNs)) {
    if (value.startsWith("#")) return undefined;
    if (inSvg && element === "image" && embeddedRaster.test(value)) return undefined;
    return `"${shorten(value)}": only #id links to this file are allowed (no other files or sites)`;
  }
  if (inSvg && (element === "animateMotion" || element === "animateTransform") && local === "attributeName" && /href/i.test(value))
    return "animating a link is not allowed";
  if (local === "style" || /url\s*\(|\\/i.test(value)) return cssProblem(value);
  return undefined;
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

/** The key of a preserveOrder node other than its attributes. */
function nodeName(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@");
}

/** An element's qualified name, or undefined for text, comments, CDATA and processing instructions. */
function elementName(node: XmlNode): string | undefined {
  const name = nodeName(node);
  return name === undefined || name.startsWith("#") || name.startsWith("?") ? undefined : name;
}

function textOf(node: XmlNode): string {
  const name = nodeName(node);
  if (name === "#text") return String(node["#text"] ?? "");
  // A comment is nothing to a browser's CSS: "@im<!-- x -->port" reads as "@import", so the
  // text is joined without it (and CDATA is text).
  if (name === "#comment") return "";
  const children = name ? node[name] : undefined;
  return Array.isArray(children) ? (children as XmlNode[]).map(textOf).join("") : "";
}
