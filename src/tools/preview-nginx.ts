import { parseArgs } from "node:util";
import { startNginx } from "./nginx.ts";
import { isMain } from "../build/is-main.ts";

/**
 * `npm run preview:nginx`: serve the built _site/ through Debian's nginx with the production
 * config (deploy/nginx.conf), on 127.0.0.1:$PORT (default 8080), until Ctrl-C.
 */
if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { site: { type: "string" }, host: { type: "string" } } });
  const port = Number(process.env.PORT ?? 8080);
  const nginx = await startNginx({ port, host: values.host ?? "127.0.0.1", siteDir: values.site ?? "_site" });
  console.log(`nginx (pid ${nginx.process.pid}) serving ${values.site ?? "_site"}/ on ${nginx.url}/ — Ctrl-C stops it`);
  // Ctrl-C reaches nginx too (same process group); a plain `kill` of this process is passed on.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void nginx.stop().then(() => process.exit(0));
    });
  }
  nginx.process.once("exit", (code, signal) => {
    process.exitCode = code ?? (signal === "SIGQUIT" || signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1);
  });
}
