declare module 'munkres-js' {
  /** Optimal [row, column] pairs of a cost matrix (Munkres / Hungarian algorithm). */
  function computeMunkres(matrix: number[][]): [number, number][];
  export default computeMunkres;
}
