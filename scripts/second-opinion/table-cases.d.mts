export interface TableCase {
  id: string;
  text: string;
  expect: string[];
  tolerate: string[];
}
export declare function tableFiles(root: string): string[];
export declare function tableCases(root: string, rules: readonly string[]): TableCase[];
