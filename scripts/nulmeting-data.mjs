/**
 * The nulmeting of 1 December 2022 as the 13 GIs deliver it in the fixtures (a null is "not
 * delivered"): one table for every fixture script, so the scenarios cannot drift apart.
 */
// gi, formatie, rate, fte, ots, voogdij, jr, wachtlijst_start, interne, wachtdagen_start, wachtdagen_intern, verloop, verzuim
export const NULMETING_GIS = {
  noord: ['JB Noord', 154.6, 0.812, null, 1194, 546, 283, 60, 90, 21, 38, 0.158, 0.072],
  rbv: ['Regiecentrum Bescherming en Veiligheid', 83.9, null, 70.9, 647, 302, 130, 18, null, 14, null, 0.121, 0.064],
  overijssel: ['Jeugdbescherming Overijssel', 164.0, 0.79, null, 1271, 570, 351, 48, null, null, null, 0.171, 0.081],
  gelderland: ['Jeugdbescherming Gelderland', 274.8, null, 213.3, 2139, 1042, 529, 95, 160, 32, 45, 0.183, 0.079],
  svmn: ['Samen Veilig Midden-Nederland', 249.0, 0.805, 200.4, 1956, 913, 503, 80, 130, 27, 41, 0.165, 0.074],
  jbra: ['Jeugdbescherming Regio Amsterdam', 237.0, null, 194.4, 1700, 850, 485, 72, 95, null, null, 0.149, 0.068],
  jgb: ['De Jeugd- & Gezinsbeschermers', 189.3, 0.785, null, 1492, 658, 379, 55, 85, null, null, null, null],
  west: ['Jeugdbescherming west', 367.8, null, 292.6, 2861, 1324, 705, 120, 210, 35, 52, 0.176, 0.083],
  jbrr: ['Jeugdbescherming Rotterdam Rijnmond', 238.5, null, 186.1, 1826, 833, 545, 88, 140, null, null, 0.162, 0.077],
  brabant: ['Jeugdbescherming Brabant', 293.4, null, 237.7, 2313, 1047, 518, 126, 150, null, null, null, null],
  limburg: ['Jeugdbescherming Limburg', 157.9, 0.8, null, 1173, 566, 284, null, 70, null, null, null, null],
  wss: ['William Schrikker Stichting', 108.9, null, 90.5, 836, 405, 108, null, 60, null, null, null, null],
  ldh: ['Leger des Heils Jeugdbescherming & Reclassering', 46.9, null, 37.1, 230, 86, 259, null, 20, null, null, null, null],
};
