/**
 * The US special lists, one reader each: {@link dev.spillover.screening.list.us.NdaaListReader} (NDAA
 * sections 889, 5949, 154, 1286), {@link dev.spillover.screening.list.us.MieuReader} (BIS
 * military-intelligence end users), {@link dev.spillover.screening.list.us.Dod1260hReader} (DoD
 * 1260H) and {@link dev.spillover.screening.list.us.FccCoveredListReader} (FCC Covered List).
 */
package dev.spillover.screening.list.us;
