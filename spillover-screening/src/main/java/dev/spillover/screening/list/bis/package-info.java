/** BIS's Denied Persons List: start with {@link dev.spillover.screening.list.bis.DeniedPersonsReader}. */
package dev.spillover.screening.list.bis;
