/** A replacement of `code.slice(start, end)` by `text`. */
export type Edit = [start: number, end: number, text: string];
export function templateEdits(code: string): Edit[];
export function applyEdits(code: string, edits: Edit[]): string;
export function moveMappings(mappings: string, code: string, edits: Edit[]): string;
export function minifyFile(path: string): number;
