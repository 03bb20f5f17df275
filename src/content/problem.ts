/** One thing wrong in the content tree, reported as `path:line: message`. */
export interface Problem {
  file: string;
  line: number;
  message: string;
  /** A warning is printed but fails nothing: the markup it names is neutralised. */
  severity?: "warning";
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.severity === "warning" ? "warning: " : ""}${problem.message}`;
}

export function isWarning(problem: Problem): boolean {
  return problem.severity === "warning";
}

/** Thrown by the build when content is wrong; carries every problem found in one run. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in content:\n` +
        problems.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
  }
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
