/**
 * Stand for a material's title and a language's name in the screen reader's text of a download
 * link, translated once per page (./versionWords.ts) and filled in by the version list
 * (components/portal/VersionList.tsx). Plain values, so the browser's code may import them.
 */
export const titleSlot = '\u0001'
export const languageSlot = '\u0002'
