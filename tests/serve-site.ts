import path from "node:path";
import { serveStatic } from "../scripts/lib/static-server.ts";

// Playwright's webServer: serves the built _site/ (run `npm run build` first).
const port = Number(process.env.PORT ?? 8181);
await serveStatic(path.resolve(process.argv[2] ?? "_site"), port);
console.log(`serving on http://127.0.0.1:${port}`);
