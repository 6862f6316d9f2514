type Entry = { first: string; anyNext: string; pairs: string; openPairs: string; triples: string; needOnes: string; needPairs: string };
export declare const PROBES: readonly string[];
export declare const distTable: string;
export declare const distThirds: string;
export declare function scanGateTable(load: (path: string) => Promise<any>): Promise<Record<string, Entry>>;
export declare function genScanGates(): Promise<Record<string, Entry>>;
