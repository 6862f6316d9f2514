// Generated from package.json by scripts/gen-version.mjs (npm run build); do not edit.
/** The package version, fixed at build so the CLI never reads package.json at run time. */
export const version = "0.1.0";
