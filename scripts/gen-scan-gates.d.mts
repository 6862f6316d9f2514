export declare const PROBES: readonly string[];
export declare const distTable: string;
export declare function scanGateTable(load: (path: string) => Promise<any>): Promise<Record<string, { first: string; anyNext: string; pairs: string }>>;
export declare function genScanGates(): Promise<Record<string, { first: string; anyNext: string; pairs: string }>>;
