/**
 * The UN Security Council consolidated list XML: start with
 * {@link dev.spillover.screening.list.un.UnScReader}; {@code XmlRecords} reads the XML securely.
 */
package dev.spillover.screening.list.un;
