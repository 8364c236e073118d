// Minimal types for d3-flextree 2 (the package ships none): only what pokin uses.
declare module 'd3-flextree' {
  /** A laid-out node: `x` is its centre, `y` its top. */
  export interface FlextreeNode<Datum> {
    readonly data: Datum;
    readonly depth: number;
    x: number;
    y: number;
    readonly parent: FlextreeNode<Datum> | null;
    readonly children?: FlextreeNode<Datum>[];
    each(callback: (node: FlextreeNode<Datum>) => void): this;
  }

  export interface FlextreeOptions<Datum> {
    children?: (data: Datum) => readonly Datum[] | null | undefined;
    nodeSize?: (node: FlextreeNode<Datum>) => [number, number];
    spacing?: number | ((a: FlextreeNode<Datum>, b: FlextreeNode<Datum>) => number);
  }

  export interface FlextreeLayout<Datum> {
    (root: FlextreeNode<Datum>): FlextreeNode<Datum>;
    hierarchy(data: Datum, children?: (data: Datum) => readonly Datum[] | null | undefined): FlextreeNode<Datum>;
  }

  export function flextree<Datum>(options?: FlextreeOptions<Datum>): FlextreeLayout<Datum>;
}
