/**
 * Three projects: the pure layers in Node, the React components in jsdom, and the end-to-end
 * browser tests (Node driving Debian's Chromium through playwright-core against the built workbench).
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest, "\\.draft\\.md$": "<rootDir>/tests/rawTransform.js" },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/tests/e2e/", "<rootDir>/tests/taskpane/"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: [
        "<rootDir>/tests/taskpane/**/*.test.ts?(x)",
        "<rootDir>/tests/workbench/**/*.test.tsx",
      ],
      setupFilesAfterEnv: ["<rootDir>/tests/setup-dom.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
    },
  ],
};
