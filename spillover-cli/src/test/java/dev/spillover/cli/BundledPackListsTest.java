package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.policy.Pack;
import dev.spillover.policy.PackList;
import dev.spillover.policy.pack.PackCatalog;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.cn.CounterSanctionsReader;
import dev.spillover.screening.list.us.FccCoveredListReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists embedded in bundled packs agree with the published lists in {@code ../../shared/data}
 * as the screening readers read them, and the packs that leave their lists to {@code assess --list}
 * name the id those readers give.
 */
class BundledPackListsTest {
  private static final Path SPECIAL = Path.of("..", "..", "shared", "data", "us-special-lists");

  private static List<String> nameAndDate(PackList list) {
    return list.entries().stream().map(e -> e.names().get(0) + " " + e.since()).sorted().toList();
  }

  @Test
  void theFccPackListsEveryPartyTheCoveredListNamesWithItsDateOfInclusion() {
    ScreeningList published = FccCoveredListReader.read(SPECIAL.resolve("fcc_covered_list.csv"));
    Pack pack = PackCatalog.bundled("fcc-covered-list");
    PackList list = pack.lists().stream().filter(l -> l.id().equals(FccCoveredListReader.ID)).findFirst().orElseThrow();

    List<String> expected = published.entries().stream()
        .map(e -> e.name().text() + " " + e.listedFrom()).sorted().toList();

    assertThat(expected).hasSize(13);
    assertThat(nameAndDate(list)).containsExactlyElementsOf(expected);
  }

  @Test
  void theChinesePackReadsItsPartiesFromTheCounterSanctionsListById() {
    Pack pack = PackCatalog.bundled("cn-countermeasures");

    assertThat(pack.lists()).isEmpty();
    assertThat(pack.rules()).allSatisfy(rule ->
        assertThat(rule.conditionText()).contains("'" + CounterSanctionsReader.ID + "' in exposure.party.lists"));
  }
}
