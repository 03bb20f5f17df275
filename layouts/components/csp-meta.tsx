import { metaPolicy, sitePolicy } from "../../src/outputs/deploy/csp.ts";

/**
 * The page's Content-Security-Policy, for hosts that send no headers (GitHub Pages). It governs
 * only what follows it, so it comes first in `<head>`, right after the charset.
 */
export function CspMeta(props: { policy?: string }) {
  return <meta http-equiv="Content-Security-Policy" content={metaPolicy(props.policy ?? sitePolicy())} />;
}
