package dev.spillover.screening.list;

import java.nio.file.Path;

/**
 * The restricted-party lists in {@code ../shared/data}, reached from the module directory (two
 * levels up: {@code shared/} sits beside the checkout). The US special lists and the FtM files are
 * CC BY-NC 4.0: read where they are, never copied into the repository.
 */
public final class ListFixtures {
  public static final Path DATA = Path.of("..", "..", "shared", "data");
  public static final Path OFAC_SDN = DATA.resolve("ofac-sdn");
  public static final Path OFAC_CONS = DATA.resolve("ofac-consolidated-non-sdn");
  public static final Path CSL = DATA.resolve("us-consolidated-screening-list");
  public static final Path CSL_2019 = CSL.resolve("csl_2019_subset.csv");
  public static final Path CSL_2025 = CSL.resolve("csl_2025_subset.csv");
  public static final Path DPL = DATA.resolve("bis-denied-persons").resolve("dpl.txt");
  public static final Path UN = DATA.resolve("un-sc-consolidated").resolve("UN_consolidated.xml");
  public static final Path FTM = DATA.resolve("followthemoney");
  public static final Path SPECIAL = DATA.resolve("us-special-lists");

  private ListFixtures() {}

  /** The entry {@code id} of {@code list}. */
  public static ListEntry entry(ScreeningList list, String id) {
    return list.entries().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id + " in " + list.id()));
  }

  /** The only entry of {@code list} whose primary name is {@code name}. */
  public static ListEntry named(ScreeningList list, String name) {
    var found = list.entries().stream().filter(e -> e.name().text().equals(name)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " entries named " + name + " in " + list.id());
    }
    return found.get(0);
  }
}
