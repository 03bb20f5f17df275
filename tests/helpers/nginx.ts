import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { findNginx } from "../../src/tools/nginx.ts";

/** A port nothing listens on right now (the OS picks it), for a server we start next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether Debian's nginx is here (.ci/run installs it; a laptop may not have it). */
export function nginxInstalled(): boolean {
  const bin = findNginx();
  return bin !== "nginx" || existsSync("/usr/sbin/nginx");
}
