/**
 * The part of the WHATWG `URL` the validator uses, for the pure type check (tsconfig.pure.json),
 * which has no DOM library. `URL` is a global of every runtime this code runs in (browsers, Node,
 * workers), unlike the rest of the DOM. The other tsconfigs exclude this file: they get `URL`
 * from the DOM library.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly href: string;
  readonly password: string;
  readonly protocol: string;
  readonly username: string;
}
