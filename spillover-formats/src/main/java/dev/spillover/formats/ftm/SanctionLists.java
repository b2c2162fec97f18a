package dev.spillover.formats.ftm;

import dev.spillover.model.Countries;
import dev.spillover.model.Provenance;
import dev.spillover.model.RestrictedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The restricted lists that the Sanction entities of one file name: one per authority and program.
 * The program is the {@code programId} (OpenSanctions' stable code, such as {@code US-RUSHAR})
 * when given, else the {@code program} text; the authority is the first {@code authority}, else
 * the first {@code publisher}, else the country of the sanction.
 */
final class SanctionLists {
  private static final int MAX_ALIAS = 200;

  private static final class Draft {
    final String id;
    final String name;
    final String publisher;
    final String programId;
    final String program;
    final Provenance provenance;
    final Set<String> programs = new LinkedHashSet<>();

    Draft(String id, String name, String publisher, String programId, String program, Provenance provenance) {
      this.id = id;
      this.name = name;
      this.publisher = publisher;
      this.programId = programId;
      this.program = program;
      this.provenance = provenance;
    }
  }

  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  /**
   * The id of the list the sanction {@code e} places its entity on, {@code ftm-list:<authority>} or
   * {@code ftm-list:<authority>/<program>} as slugs; the list is created, with {@code provenance},
   * by its first sanction, and later ones add their program texts as aliases.
   */
  String add(FtmEntity e, Provenance provenance) {
    String publisher = publisher(e);
    String programId = first(e.texts("programId"));
    List<String> programs = e.texts("program");
    String program = programId != null ? programId : first(programs);
    String id = "ftm-list:" + FtmValues.slug(publisher) + (program == null ? "" : "/" + FtmValues.slug(program));
    String name = program == null ? cut(publisher) : cut(publisher) + ": " + cut(program);
    Draft draft = drafts.computeIfAbsent(id, key -> new Draft(key, name, cut(publisher), programId, program,
        provenance));
    for (String text : programs) {
      if (!text.equals(draft.program) && text.length() <= MAX_ALIAS) {
        draft.programs.add(text);
      }
    }
    return id;
  }

  /** The lists, in the order their first sanction came. */
  List<RestrictedList> build() {
    List<RestrictedList> lists = new ArrayList<>();
    for (Draft d : drafts.values()) {
      Map<String, String> identifiers = d.programId == null ? Map.of() : Map.of("programId", d.programId);
      lists.add(new RestrictedList(d.id, d.name, new ArrayList<>(d.programs), identifiers, d.provenance,
          d.publisher));
    }
    return lists;
  }

  private static String publisher(FtmEntity e) {
    String publisher = first(e.texts("authority"));
    if (publisher == null) {
      publisher = first(e.texts("publisher"));
    }
    if (publisher == null) {
      List<String> countries = FtmValues.countries(e.values("country"));
      publisher = countries.isEmpty() ? "unknown authority" : "authorities of " + Countries.name(countries.get(0));
    }
    return publisher;
  }

  private static String cut(String text) {
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
