// What a runtime must not import (architecture.md: renderer → api ← host → drivers; api imports nothing
// but zod; drivers know nothing of Electron, React or SQLite; the core never uses Electron; the faces
// never touch Node packages). Each tsconfig.<runtime>.json maps the packages it forbids to this file in
// "paths", so `import { app } from 'electron'` fails (TS2305 / TS2614) and so does any use of a default import;
// tests/integration/foundation/wrong-way-imports.test.ts reads the same lists and also refuses the
// forms the compiler lets through (namespace, side-effect and dynamic imports).
export type ThisPackageIsForbiddenInThisRuntime = never;
// A default import is not refused by the compiler (it may synthesise one), but any use of it is.
declare const forbidden: 'this package is forbidden in this runtime: see types/forbidden-import.d.ts';
export default forbidden;
