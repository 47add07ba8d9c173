/** Inherited vs set for an imported file and "reset to inherited" in its text: needs the reader, so a chunk of its own in the app. */
export { importedFieldOrigin, importedInheritance } from '../config/inherit/importedOrigin.ts';
export type { ImportedInheritance } from '../config/inherit/importedOrigin.ts';
export { resetImportedSetting } from '../config/inherit/resetImported.ts';
