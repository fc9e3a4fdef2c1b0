/**
 * Lint: TypeScript rules, the Office add-in rules (load before read, no sync in a loop …) and the
 * layer direction of ARCHITECTURE.md, enforced with no-restricted-imports per folder.
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import prettier from "eslint-config-prettier";

const LAYERS = [
  "engine",
  "library",
  "docx",
  "word",
  "state",
  "i18n",
  "taskpane",
  "workbench",
  "cli",
];
const UI = ["react", "react-dom", "react-dom/*", "@fluentui/*", "zustand", "zustand/*"];

/** Forbid importing the given layers (type-only imports of `typesOk` layers stay allowed). */
function layer(folder, { forbid, typesOk = [], packages = [], files }) {
  const group = (names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);
  return {
    files: files ?? [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...(forbid.length
              ? [
                  {
                    group: group(forbid),
                    message: `src/${folder}/ must not depend on ${forbid.join(", ")} (ARCHITECTURE.md layers).`,
                  },
                ]
              : []),
            ...(typesOk.length
              ? [
                  {
                    group: group(typesOk),
                    allowTypeImports: true,
                    message: `src/${folder}/ may use only the types of ${typesOk.join(", ")}.`,
                  },
                ]
              : []),
            ...(packages.length
              ? [{ group: packages, message: `src/${folder}/ must not use UI or host packages.` }]
              : []),
          ],
        },
      ],
    },
  };
}
const others = (...allowed) => LAYERS.filter((l) => !allowed.includes(l));

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".test-results/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, react },
    settings: { react: { version: "detect" } },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react/jsx-key": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "scripts/**/*.ts"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  layer("engine", { forbid: others("engine"), packages: [...UI, "fflate", "@xmldom/*", "node:*"] }),
  layer("library", { forbid: others("engine", "library"), typesOk: ["engine"], packages: UI }),
  layer("docx", { forbid: others("engine", "docx"), typesOk: ["engine"], packages: UI }),
  layer("word", { forbid: others("engine", "word"), packages: UI }),
  layer("state", {
    forbid: others("engine", "library", "word", "state"),
    packages: ["react", "react-dom", "@fluentui/*"],
  }),
  layer("i18n", { forbid: others("i18n"), packages: UI }),
  layer("taskpane", {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    forbid: ["docx", "word", "workbench", "cli"],
    typesOk: ["engine"],
  }),
  // The composition root in Word wires the Office.js host and the .docx reader (for "Compare with…")
  // into the store: the one place taskpane/ meets word/ and docx/.
  layer("taskpane", {
    files: ["src/taskpane/index.tsx"],
    forbid: ["workbench", "cli"],
    typesOk: ["engine"],
  }),
  layer("cli", { forbid: others("engine", "library", "docx", "cli"), packages: UI }),
  prettier
);
