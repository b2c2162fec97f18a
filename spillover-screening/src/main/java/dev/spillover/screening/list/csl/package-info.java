/** The US Consolidated Screening List CSV: start with {@link dev.spillover.screening.list.csl.CslReader}. */
package dev.spillover.screening.list.csl;
