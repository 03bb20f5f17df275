import { listPageUrl } from "../../content/i18n/routes.ts";

/** Where page `pageNumber` of a paginated list is, and its neighbours. */
export interface PageLinks {
  url: string;
  pageNumber: number;
  pageCount: number;
  previousUrl?: string;
  nextUrl?: string;
}

export const pageSize = 20;

/** The pages of a list of `count` items at `base` (/en/meetings/, /en/meetings/page/2/...), at least one. */
export function paginate(base: string, count: number): PageLinks[] {
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      url: listPageUrl(base, pageNumber),
      pageNumber,
      pageCount,
      ...(pageNumber > 1 ? { previousUrl: listPageUrl(base, pageNumber - 1) } : {}),
      ...(pageNumber < pageCount ? { nextUrl: listPageUrl(base, pageNumber + 1) } : {}),
    };
  });
}
