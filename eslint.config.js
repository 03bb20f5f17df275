// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", ".build-*", "node_modules/", "test-results/", "playwright-report/", "tests/fixtures/**/*.js"] },
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
);
