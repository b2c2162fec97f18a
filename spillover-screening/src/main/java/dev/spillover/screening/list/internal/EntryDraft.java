package dev.spillover.screening.list.internal;

import dev.spillover.model.Countries;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link ListEntry} being put together by a reader: values are added as they are found, blanks
 * and repeats dropped (an alias that repeats the primary name or an earlier alias, under any kind,
 * is kept once, under the first kind given), and {@link #build} makes the immutable entry.
 */
public final class EntryDraft {
  private final String list;
  private final String id;
  private final EntryLocation location;
  private PartyType type = PartyType.UNKNOWN;
  private EntryName name;
  private final List<EntryName> aliases = new ArrayList<>();
  private final Set<String> nameTexts = new LinkedHashSet<>();
  private final Set<Identifier> identifiers = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<String> birthDates = new LinkedHashSet<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private LocalDate listedFrom;
  private LocalDate listedUntil;
  private final Set<String> addresses = new LinkedHashSet<>();
  private final List<ListLink> links = new ArrayList<>();
  private final List<String> remarks = new ArrayList<>();

  public EntryDraft(String list, String id, EntryLocation location) {
    this.list = list;
    this.id = id;
    this.location = location;
  }

  public String id() {
    return id;
  }

  public EntryLocation location() {
    return location;
  }

  /** The primary name, or null before {@link #name} is called. */
  public String name() {
    return name == null ? null : name.text();
  }

  public EntryDraft type(PartyType type) {
    this.type = type;
    return this;
  }

  /** Sets the primary name; blank text is ignored. */
  public EntryDraft name(String text) {
    String clean = Texts.squeeze(text);
    if (clean != null && !clean.isEmpty()) {
      name = EntryName.primary(clean);
      aliases.removeIf(a -> a.text().equals(clean));
      nameTexts.add(clean);
    }
    return this;
  }

  /** Adds another name of {@code kind}; blank text and names already held are ignored. */
  public EntryDraft alias(String text, EntryName.Kind kind) {
    String clean = Texts.squeeze(text);
    if (clean != null && !clean.isEmpty() && nameTexts.add(clean)) {
      aliases.add(new EntryName(clean, kind));
    }
    return this;
  }

  /** The other names so far. */
  public List<EntryName> aliases() {
    return List.copyOf(aliases);
  }

  public EntryDraft identifier(Identifier identifier) {
    if (identifier != null) {
      identifiers.add(identifier);
    }
    return this;
  }

  /** Adds the country that {@code text} names (a code or a name); unknown text is ignored. */
  public EntryDraft country(String text) {
    String code = Countries.code(text);
    if (code != null) {
      countries.add(code);
    }
    return this;
  }

  /** Adds a date of birth or incorporation, an ISO partial date ({@code 1965}, {@code 1965-04}, {@code 1965-04-29}). */
  public EntryDraft birthDate(String isoPartial) {
    if (isoPartial != null) {
      birthDates.add(isoPartial);
    }
    return this;
  }

  public EntryDraft program(String program) {
    String clean = Texts.squeeze(program);
    if (clean != null && !clean.isEmpty()) {
      programs.add(clean);
    }
    return this;
  }

  public LocalDate listedFrom() {
    return listedFrom;
  }

  public EntryDraft listedFrom(LocalDate date) {
    this.listedFrom = date;
    return this;
  }

  public LocalDate listedUntil() {
    return listedUntil;
  }

  public EntryDraft listedUntil(LocalDate date) {
    this.listedUntil = date;
    return this;
  }

  /** Adds a postal address written on one line; blank text is ignored. */
  public EntryDraft address(String text) {
    String clean = Texts.squeeze(text);
    if (clean != null && !clean.isEmpty()) {
      addresses.add(clean);
    }
    return this;
  }

  public EntryDraft link(ListLink link) {
    if (!links.contains(link)) {
      links.add(link);
    }
    return this;
  }

  public List<ListLink> links() {
    return List.copyOf(links);
  }

  /** Replaces the links, once their targets are resolved. */
  public EntryDraft links(List<ListLink> resolved) {
    links.clear();
    resolved.forEach(this::link);
    return this;
  }

  /** Adds a remark; the remarks are joined with "; ". Blank text is ignored. */
  public EntryDraft remark(String text) {
    String clean = text == null ? null : text.strip();
    if (clean != null && !clean.isEmpty()) {
      remarks.add(clean);
    }
    return this;
  }

  /** The entry; its name must have been set. */
  public ListEntry build() {
    if (name == null) {
      throw new IllegalStateException("entry " + id + " at " + location + " has no name");
    }
    return new ListEntry(list, id, type, name, aliases, new ArrayList<>(identifiers), new ArrayList<>(countries),
        new ArrayList<>(birthDates), new ArrayList<>(programs), listedFrom, listedUntil, new ArrayList<>(addresses),
        links, remarks.isEmpty() ? null : String.join("; ", remarks), location);
  }
}
