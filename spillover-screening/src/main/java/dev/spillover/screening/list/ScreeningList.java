package dev.spillover.screening.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A restricted-party list as read from its publisher's files.
 *
 * @param id a short stable id, such as {@code ofac-sdn}, {@code us-csl}, {@code un-sc}
 * @param name the list's name, such as "OFAC Specially Designated Nationals and Blocked Persons"
 * @param publisher the authority that publishes it
 * @param url where the publisher serves it, or null
 * @param published the publication date of the files read, when they state it, else null
 * @param entries the entries, in file order
 */
public record ScreeningList(
    String id, String name, String publisher, String url, LocalDate published, List<ListEntry> entries) {

  public ScreeningList {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publisher, "publisher");
    entries = List.copyOf(entries);
  }
}
