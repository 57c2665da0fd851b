/** Care mode's settings (关怀模式): the storage key and its two text steps. */
export const CARE = {
  /** localStorage: "1" (large text) or "2" (larger text); absent when care mode is off. */
  key: 'bh:care',
  /** The steps a press of the care button goes through, in order; "" is care mode off. */
  steps: ['', '1', '2'],
} as const;
