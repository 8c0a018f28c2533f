/**
 * The streefwaarde for organisatieworkload (--norm): measures per available jeugdbeschermer, as
 * the sector agreed in March 2023. Presented as a default the user may change, never as law.
 */
export const DEFAULT_NORM = 12;
