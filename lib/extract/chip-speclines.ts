/**
 * Spec-sheet lines: "- Memory: 192 GB HBM3e", "• FP8 (sparse): 9 PFLOPS", "TDP — 1,000 W",
 * "**Memory bandwidth:** 8 TB/s". A line led by a spec label and naming nothing else states a
 * figure of the chip the article (or the list's heading) is talking about.
 */

/** Words a spec label is made of: precisions, memory, bandwidth, power, process. */
const LABEL_WORD = String.raw`(?:FP\d+|BF16|TF32|FP64|INT\d+|MXFP\d+|NVFP\d+|HBM\w*|GDDR\w*|LPDDR\w*|SRAM|on[\s-]chip|peak|dense|sparse|total|max(?:imum)?|typical|rated|memory|capacity|bandwidth|TDP|TBP|TGP|board|chip|package|module|power|draw|thermal|design|process|node|compute|performance|throughput|tensor|AI|die|size|area|clock|boost|frequency|interconnect|scale[\s-]up|NVLink|Infinity\s+Fabric|per|GPU|accelerator|card|(?:\/|&|and))`;

/** The label and its separator, from the line's start (after a bullet) up to the figure. */
export const SPEC_LABEL = new RegExp(
  String.raw`^\s*(?:[-•*·▪◦–—]\s*)?(?:\*\*|__)?(?:${LABEL_WORD}\s*(?:\([^()\n]{1,24}\)\s*)?){1,5}(?:\*\*|__)?\s*(?::|—|–|=|\s-\s)\s*(?:\*\*|__)?\s*(?:~|≈|about\s+|approx\.?\s+|approximately\s+|around\s+|roughly\s+|up\s+to\s+|over\s+|more\s+than\s+)?$`,
  "i",
);

/** Whether `head` (the line from its start to the figure) is a bare spec label. */
export function specLabelLine(head: string): boolean {
  return head.length <= 90 && SPEC_LABEL.test(head);
}
