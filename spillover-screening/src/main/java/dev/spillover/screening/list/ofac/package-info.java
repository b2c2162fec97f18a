/** OFAC's legacy CSV files: start with {@link dev.spillover.screening.list.ofac.OfacCsvReader}. */
package dev.spillover.screening.list.ofac;
