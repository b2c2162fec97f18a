/**
 * What the list readers share, not an API: {@link dev.spillover.screening.list.internal.ListFile}
 * (a file's text, decoded with the publishers' quirks, and its bounded problems),
 * {@link dev.spillover.screening.list.internal.CsvRows} (Commons CSV rows with their lines, headers by
 * name), {@link dev.spillover.screening.list.internal.Dates} (each publisher's date forms),
 * {@link dev.spillover.screening.list.internal.IdentifierLabels} (identifier labels to canonical
 * types), {@link dev.spillover.screening.list.internal.EntryDraft} (an entry being built) and
 * {@link dev.spillover.screening.list.internal.NameIndex} (links resolved by name).
 */
package dev.spillover.screening.list.internal;
