package dev.spillover.screening.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One party on a restricted list, as its publisher describes it.
 *
 * @param list the id of the list it is on (see {@link ScreeningList#id()})
 * @param id the publisher's own id of the entry (OFAC's ent_num, the UN's reference number), or one
 *     derived from its position when the publisher gives none; unique within the list
 * @param type person, organization, vessel... or unknown
 * @param name the primary name
 * @param aliases the other names, each with its kind
 * @param identifiers registration numbers, LEIs, passports...
 * @param countries ISO 3166-1 alpha-2 codes of the countries the list ties the entry to
 *     (addresses, nationality, citizenship, incorporation), upper case, without repeats
 * @param birthDates dates of birth or incorporation as given, precision kept: {@code 1965},
 *     {@code 1965-04}, {@code 1965-04-29}
 * @param programs the sanctions programs or legal bases, as the list names them
 * @param listedFrom the date the entry took effect, when the list gives it, else null
 * @param listedUntil the date the entry ends or ended, when the list gives it, else null
 * @param addresses postal addresses as single lines
 * @param links relations to other parties stated by the list
 * @param remarks the publisher's free-text remarks, or null
 * @param location where the entry was read
 */
public record ListEntry(
    String list,
    String id,
    PartyType type,
    EntryName name,
    List<EntryName> aliases,
    List<Identifier> identifiers,
    List<String> countries,
    List<String> birthDates,
    List<String> programs,
    LocalDate listedFrom,
    LocalDate listedUntil,
    List<String> addresses,
    List<ListLink> links,
    String remarks,
    EntryLocation location) {

  public ListEntry {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    aliases = List.copyOf(aliases);
    identifiers = List.copyOf(identifiers);
    countries = List.copyOf(countries);
    birthDates = List.copyOf(birthDates);
    programs = List.copyOf(programs);
    addresses = List.copyOf(addresses);
    links = List.copyOf(links);
  }

  /** The primary name followed by the aliases. */
  public Stream<EntryName> names() {
    return Stream.concat(Stream.of(name), aliases.stream());
  }

  /** True when the entry is in effect on {@code date}: from and until are both inclusive. */
  public boolean inEffectOn(LocalDate date) {
    return (listedFrom == null || !date.isBefore(listedFrom)) && (listedUntil == null || !date.isAfter(listedUntil));
  }
}
