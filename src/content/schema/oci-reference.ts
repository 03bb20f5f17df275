/**
 * Container image references, by the grammar of the distribution project's `reference` package
 * (the one Docker, containerd and every OCI registry client parse with):
 * https://github.com/distribution/reference/blob/main/regexp.go and reference.go
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] remote-name
 *   domain           := host [':' port-number]
 *   host             := domain-name | \[ IPv6address \]
 *   domain-name      := domain-component ['.' domain-component]*
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   port-number      := /[0-9]+/
 *   remote-name      := path-component ['/' path-component]*
 *   path-component   := alpha-numeric [separator alpha-numeric]*
 *   alpha-numeric    := /[a-z0-9]+/
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" /[0-9a-fA-F]{32,}/
 *   algorithm        := /[A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*\/
 *
 * plus its rules outside the grammar: a name is at most 255 characters, and the familiar
 * short forms (`debian:12-slim`) stand for Docker Hub (`docker.io/library/debian:12-slim`).
 */

const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainAndPort = `(?:${domainName}|${ipv6})(?::[0-9]+)?`;
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

const referencePattern = new RegExp(`^((?:${domainAndPort}/)?${remoteName})(?::(${tag}))?(?:@(${digest}))?$`);
const domainPattern = new RegExp(`^${domainAndPort}$`);
const remoteNamePattern = new RegExp(`^${remoteName}$`);
/** A 64-character hex string is an image id, never a repository name (reference/normalize.go). */
const imageIdPattern = /^[a-f0-9]{64}$/;

const nameTotalLengthMax = 255;

export interface ImageReference {
  /** The repository as written: `ghcr.io/govcloud/base-node`, `debian`. */
  name: string;
  /** The same repository fully qualified: `docker.io/library/debian`. */
  fullName: string;
  /** The registry host (and port): `ghcr.io`, `docker.io`. */
  domain: string;
  /** Whether `name` names its registry itself (a "full" reference). */
  hasDomain: boolean;
  tag?: string;
  digest?: string;
}

/**
 * Where the first component of a name is a registry (reference/normalize.go, splitDockerDomain):
 * it has a dot or a port, is `localhost`, or has capitals (a path component never has).
 */
function splitDomain(name: string): { domain: string; path: string; hasDomain: boolean } {
  const slash = name.indexOf("/");
  const first = slash === -1 ? "" : name.slice(0, slash);
  if (slash !== -1 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase())) {
    return { domain: first === "index.docker.io" ? "docker.io" : first, path: name.slice(slash + 1), hasDomain: true };
  }
  return { domain: "docker.io", path: slash === -1 ? `library/${name}` : name, hasDomain: false };
}

/** Parses an image reference, or says in plain words why it is not one. */
export function parseImageReference(text: string): ImageReference | string {
  if (text.trim() !== text || text === "") return "expected an image reference like ghcr.io/org/image:tag, without spaces";
  const match = referencePattern.exec(text);
  if (!match) return explainInvalid(text);
  const [, name = "", tagPart, digestPart] = match;
  if (name.length > nameTotalLengthMax) return `an image name is at most ${nameTotalLengthMax} characters (this one has ${name.length})`;
  if (imageIdPattern.test(name)) return "a 64-character hexadecimal string is an image id, not a repository name";
  const { domain, path, hasDomain } = splitDomain(name);
  return {
    name,
    fullName: `${domain}/${path}`,
    domain,
    hasDomain,
    ...(tagPart !== undefined ? { tag: tagPart } : {}),
    ...(digestPart !== undefined ? { digest: digestPart } : {}),
  };
}

/** The likeliest reason a reference does not parse, for the contributor. */
function explainInvalid(text: string): string {
  const at = text.indexOf("@");
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  if (at !== -1 && !new RegExp(`^${digest}$`).test(text.slice(at + 1))) return `"${text.slice(at + 1)}" is not a digest (expected algorithm:hex, like sha256: and 64 hexadecimal digits)`;
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.indexOf(":", lastSlash + 1);
  const name = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);
  if (colon !== -1 && !new RegExp(`^${tag}$`).test(beforeDigest.slice(colon + 1))) return `"${beforeDigest.slice(colon + 1)}" is not a tag (letters, digits, _ . -, at most 128, not starting with . or -)`;
  const { domain, path, hasDomain } = splitDomain(name);
  if (hasDomain && !domainPattern.test(domain)) return `"${domain}" is not a registry host`;
  if (path !== path.toLowerCase()) return "a repository name is lowercase (capitals are allowed only in the registry host)";
  if (!remoteNamePattern.test(path)) return `"${path}" is not a repository path (lowercase letters and digits, parts separated by /, joined by one . or _, two _ or any number of -)`;
  return "not an image reference (expected [registry/]path[:tag][@digest], like ghcr.io/org/image:1.0)";
}
