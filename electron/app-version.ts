declare const __LANEWISE_VERSION__: string | undefined;

/** Set by the build from package.json; "dev" when run from source. */
export const APP_VERSION: string = typeof __LANEWISE_VERSION__ === 'string' ? __LANEWISE_VERSION__ : 'dev';
