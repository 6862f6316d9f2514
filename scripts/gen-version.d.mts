export declare const versionFile: string;
export declare function packageVersion(): string;
export declare function versionSource(version: string): string;
export declare function genVersion(): boolean;
