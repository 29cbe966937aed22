/** The suite's version. A unit test keeps it equal to package.json's, which is not bundled. */
export const VERSION = '0.1.0';
