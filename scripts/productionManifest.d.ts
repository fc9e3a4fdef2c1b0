/** Types of productionManifest.js (CommonJS, so webpack.config.js can require it). */
export function productionManifest(xml: string, baseUrl: string, version: string): string;
export const DEV_ORIGIN: string;
