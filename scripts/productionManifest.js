/**
 * The manifest for a deployment: every URL of the development manifest (https://localhost:3000/…)
 * pointed at the host the add-in is served from, and the manifest's version set from package.json
 * ("0.2.0" → "0.2.0.0"), so the two never disagree. The development manifest.xml is left as it is;
 * webpack writes this one into dist/ when built with `--env url=https://host.example/path/`.
 */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * @param {string} xml the development manifest
 * @param {string} baseUrl where dist/ is served, e.g. "https://contracts.example.com/review/"
 * @param {string} version package.json's version, "major.minor.patch"
 * @returns {string}
 */
function productionManifest(xml, baseUrl, version) {
  const base = checkedBase(baseUrl);
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json version "${version}" is not major.minor.patch`);
  }
  const origin = new URL(base).origin;
  const withVersion = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
  // AppDomain is an origin (no path); every other URL keeps its path under the base.
  return withVersion
    .replace(
      /<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g,
      `<AppDomain>${origin}</AppDomain>`
    )
    .split(`${DEV_ORIGIN}/`)
    .join(base);
}

/** The base URL, with a trailing slash; HTTPS only (Office loads add-ins over HTTPS). */
function checkedBase(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`--env url="${baseUrl}" is not a URL (e.g. https://host.example/review/)`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `--env url must be https:// (Office loads add-ins over HTTPS only): ${baseUrl}`
    );
  }
  if (url.search || url.hash)
    throw new Error(`--env url must not have a query or fragment: ${baseUrl}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { productionManifest, DEV_ORIGIN };
