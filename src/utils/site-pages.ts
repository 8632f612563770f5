/** Hand-written pages that only some sites build: Browsing safely explains the quick exit, so it goes with `safety: false`. */
export function leftOutPages(safety: boolean): readonly string[] {
  return safety ? [] : ['browsing-safely'];
}
