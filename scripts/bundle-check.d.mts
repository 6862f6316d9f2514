export declare function builtinsWithoutFacades(code: string): string;
export declare function bundleCheck(): Promise<void>;
export declare function regExpsInAscii(code: string): string;
