/** The add-in's version (package.json's, injected by webpack's DefinePlugin; "dev" under Jest). */
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";
