/** The part of the `datapackage` client (v1, untyped) that the tests use. */
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    read(options: { keyed: true; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
    getResource(name: string): Resource | null;
  }
}
