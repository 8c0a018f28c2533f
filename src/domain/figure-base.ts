import type { Figures } from './model.js';

/**
 * The quantities every indicator is built from, per GI: the figures as delivered, plus the two
 * that may be derived. Defined once, here.
 */
export interface Base {
  formatie: number | null;
  /** Reported available fte; else formatie × beschikbaarheid. */
  beschikbaar: number | null;
  /** Reported total; else OTS + voogdij + JR when all three are given. */
  maatregelen: number | null;
  ots: number | null;
  voogdij: number | null;
  jr: number | null;
  wachtlijst_start: number | null;
  wachtdagen_start: number | null;
  interne_wachtlijst: number | null;
  wachtdagen_intern: number | null;
  personeelsverloop: number | null;
  ziekteverzuim: number | null;
}

export type BaseKey = keyof Base;

export function baseOf(f: Figures): Base {
  const derivedAvailable = f.formatie_fte !== null && f.beschikbaarheid !== null ? f.formatie_fte * f.beschikbaarheid : null;
  const derivedTotal = f.ots !== null && f.voogdij !== null && f.jr !== null ? f.ots + f.voogdij + f.jr : null;
  return {
    formatie: f.formatie_fte,
    beschikbaar: f.beschikbare_fte ?? derivedAvailable,
    maatregelen: f.maatregelen_totaal ?? derivedTotal,
    ots: f.ots,
    voogdij: f.voogdij,
    jr: f.jr,
    wachtlijst_start: f.wachtlijst_start,
    wachtdagen_start: f.wachtdagen_start,
    interne_wachtlijst: f.interne_wachtlijst,
    wachtdagen_intern: f.wachtdagen_intern,
    personeelsverloop: f.personeelsverloop,
    ziekteverzuim: f.ziekteverzuim,
  };
}
