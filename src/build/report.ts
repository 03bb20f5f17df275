import { formatProblem, isWarning, type Problem } from "../content/problem.ts";

/**
 * Print problems as `path:line: message` (warnings as `path:line: warning: message`); on GitHub
 * Actions also as annotations on the diff.
 */
export function reportProblems(problems: Problem[], out: (line: string) => void = (line) => console.error(line)): void {
  for (const problem of problems) {
    out(formatProblem(problem));
    if (process.env.GITHUB_ACTIONS === "true") {
      out(`::${isWarning(problem) ? "warning" : "error"} file=${escapeProperty(problem.file)},line=${problem.line}::${escapeData(problem.message)}`);
    }
  }
  const errors = problems.filter((problem) => !isWarning(problem)).length;
  if (errors) out(`\n${errors} problem${errors === 1 ? "" : "s"} found.`);
}

// Workflow command escaping, as @actions/core does it (toolkit/packages/core/src/command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The ContentError somewhere in an error's cause chain (Eleventy wraps what plugins throw). */
export function findProblems(error: unknown): Problem[] | undefined {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if (current && typeof current === "object" && "problems" in current && Array.isArray(current.problems)) {
      return current.problems as Problem[];
    }
    if (current && typeof current === "object" && "originalError" in current) {
      const inner = findProblems((current as { originalError: unknown }).originalError);
      if (inner) return inner;
    }
  }
  return undefined;
}
