package dev.spillover.screening.match;

import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import java.util.List;

/** A list entry with its names prepared and its dates parsed, once. */
final class PreparedEntry {

  final ListEntry entry;
  final PreparedName[] names;
  final EntryName.Kind[] kinds;
  final List<PartialDate> dates;

  PreparedEntry(ListEntry entry) {
    this.entry = entry;
    List<EntryName> all = entry.names().toList();
    boolean person = entry.type() == PartyType.PERSON;
    names = new PreparedName[all.size()];
    kinds = new EntryName.Kind[all.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = NameNormalizer.prepare(all.get(i).text(), person);
      kinds[i] = all.get(i).kind();
    }
    dates = Evidence.dates(entry.birthDates());
  }
}
