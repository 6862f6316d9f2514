export declare const root: string;
export declare const schemaPath: string;
export declare const targets: { readonly dist: string; readonly src: string };
export declare function validatorSource(): string;
export declare function generateValidator(which?: string[]): string[];
export declare function isStale(file: string): boolean;
