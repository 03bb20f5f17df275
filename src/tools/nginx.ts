import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface NginxOptions {
  /** The built site to serve (default: _site/). */
  siteDir?: string;
  host?: string;
  port: number;
  /** Where access and error logs go; the default inherits this process's stdout/stderr. */
  stdio?: "inherit" | "ignore";
}

export interface RunningNginx {
  /** The nginx master process: stop it with `stop()` or a signal to this PID. */
  process: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Debian puts nginx in /usr/sbin, which is not on every user's PATH. */
export function findNginx(): string {
  for (const candidate of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return "nginx";
}

/** The listen.conf the preview uses instead of the image's: same server block, other port and root. */
function previewListenConf(host: string, port: number, siteDir: string): string {
  return `listen ${host}:${port};\nroot "${path.resolve(siteDir)}";\n`;
}

/**
 * Lay out deploy/nginx.conf and deploy/nginx/site.conf exactly as the image does
 * (/etc/nginx/nginx.conf, /etc/nginx/govcloud/site.conf) in a private folder that is also
 * nginx's prefix, so the pid file and temp folders of parallel previews never collide.
 */
async function preparePrefix(host: string, port: number, siteDir: string): Promise<string> {
  const prefix = await mkdtemp(path.join(tmpdir(), "govcloud-nginx-"));
  // Started as root (a CI container), nginx's workers run as `nobody` and must reach their temp folders.
  await chmod(prefix, 0o755);
  await mkdir(path.join(prefix, "govcloud"));
  await copyFile(path.join(projectRoot, "deploy", "nginx.conf"), path.join(prefix, "nginx.conf"));
  await copyFile(path.join(projectRoot, "deploy", "nginx", "site.conf"), path.join(prefix, "govcloud", "site.conf"));
  await copyFile("/etc/nginx/mime.types", path.join(prefix, "mime.types"));
  await writeFile(path.join(prefix, "govcloud", "listen.conf"), previewListenConf(host, port, siteDir));
  return prefix;
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** Start nginx in the foreground (`daemon off`) and resolve once it accepts connections. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const host = options.host ?? "127.0.0.1";
  const siteDir = options.siteDir ?? "_site";
  if (!existsSync(path.join(siteDir, "index.html"))) throw new Error(`${siteDir}/index.html not found: run \`npm run build\` first`);
  // Otherwise the readiness check below would mistake another server for this one.
  if (await portOpen(host, options.port)) throw new Error(`${host}:${options.port} is already in use (set PORT to another port)`);
  const prefix = await preparePrefix(host, options.port, siteDir);
  const child = spawn(findNginx(), ["-p", `${prefix}/`, "-e", "stderr", "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", options.stdio ?? "inherit", options.stdio ?? "inherit"],
  });
  // Resolves once nginx has exited and its private folder is gone.
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve())).then(() => rm(prefix, { recursive: true, force: true }));
  const running: RunningNginx = {
    process: child,
    url: `http://${host}:${options.port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGQUIT");
      await exited;
    },
  };
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode} (is port ${options.port} free?)`);
    if (await portOpen(host, options.port)) return running;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await running.stop();
  throw new Error(`nginx did not listen on ${host}:${options.port} within 10 s`);
}
