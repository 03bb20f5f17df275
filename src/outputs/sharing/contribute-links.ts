import { site, type Lang } from "../../content/site.ts";

/** The issue forms in .github/ISSUE_TEMPLATE/, one per language. */
export const issueForms = {
  proposeTalk: { en: "propose-talk-or-demo.yml", fr: "proposer-presentation-ou-demo.yml" },
  reportProblem: { en: "report-a-problem.yml", fr: "signaler-un-probleme.yml" },
} as const satisfies Record<string, Record<Lang, string>>;

/** GitHub's editor for a content file: https://github.com/<owner>/<repo>/edit/<branch>/<path> */
export function editUrl(file: string): string {
  return `${site.repository}/edit/${site.branch}/${file.split("/").map(encodeURIComponent).join("/")}`;
}

/** A new issue from one of the forms. https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms */
export function issueFormUrl(form: keyof typeof issueForms, lang: Lang): string {
  return `${site.repository}/issues/new?template=${issueForms[form][lang]}`;
}
