/** The version of this library, as published (package.json; test/catalogue-consistency.test.ts keeps them equal). */
export const LIBRARY_VERSION = '0.1.0';
