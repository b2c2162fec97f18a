package dev.spillover.screening.estate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.ScreeningLists;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DoD 1260H list of {@code ../shared/data} (a test fixture: CC BY-NC) names Aviation Industry
 * Corporation of China as the parent of AVIC Heavy Machinery: a party matching the subsidiary
 * gets its parent as an owner of unknown share.
 */
class ListParentsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static List<ScreeningList> dod;

  @TempDir
  Path folder;

  @BeforeAll
  static void loadTheList() {
    dod = ScreeningLists.load(List.of(ListFixtures.SPECIAL.resolve("dod_1260h_chinese_military_companies.csv")));
  }

  @Test
  void aMatchedSubsidiaryGetsItsListedParentAsAnOwnerOfUnknownShare() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: heavy, name: AVIC Heavy Machinery Company Limited}
          - {id: acme, name: Acme Widgets}
        """);
    EstateScreening.Result found = EstateScreening.screen(estate, dod, DAY, Thresholds.DEFAULT);

    ListParents.Added added = ListParents.add(estate, found, dod, DAY);

    List<Edge> owners = added.estate().edges().stream().filter(e -> e.kind() == EdgeKind.OWNS).toList();
    assertThat(owners).singleElement().satisfies(edge -> {
      assertThat(edge.to()).isEqualTo("heavy");
      assertThat(edge.from()).startsWith("list:dod-1260h/");
      assertThat(edge.terms()).isEqualTo(new EdgeTerms.Share(null, null, EdgeTerms.ShareBasis.EQUITY));
      assertThat(edge.provenance().confidence()).isEqualTo(Confidence.DERIVED);
      assertThat(edge.provenance().source()).isEqualTo("list:dod-1260h");
    });
    String parent = owners.get(0).from();
    assertThat(added.estate().node(parent).orElseThrow().name()).isEqualTo("Aviation Industry Corporation of China Ltd.");
    assertThat(added.estate().sources()).containsKey("list:dod-1260h");
    assertThat(added.parents()).isEqualTo(1);
    assertThat(added.listings().get(parent)).singleElement().satisfies(listing -> {
      assertThat(listing.listId()).isEqualTo("dod-1260h");
      assertThat(listing.basis()).contains("named as the parent of entry").contains("AVIC Heavy Machinery");
    });
    assertThat(estate.edges()).as("the estate screened is left as it was").noneMatch(e -> e.kind() == EdgeKind.OWNS);
  }

  @Test
  void aParentTheEstateHasIsThatPartyAndNoNewNode() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: heavy, name: AVIC Heavy Machinery Company Limited}
          - {id: avic, name: Aviation Industry Corporation of China}
        """);
    EstateScreening.Result found = EstateScreening.screen(estate, dod, DAY, Thresholds.DEFAULT);

    ListParents.Added added = ListParents.add(estate, found, dod, DAY);

    assertThat(added.parents()).isZero();
    assertThat(added.edges()).isEqualTo(1);
    assertThat(added.estate().edges()).filteredOn(e -> e.kind() == EdgeKind.OWNS)
        .extracting(e -> e.from() + ">" + e.to()).containsExactly("avic>heavy");
    assertThat(added.estate().nodeCount()).isEqualTo(estate.nodeCount());
  }

  @Test
  void noMatchWithAParentLeavesTheEstateAsItIs() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: acme, name: Acme Widgets}
        """);
    EstateScreening.Result found = EstateScreening.screen(estate, dod, DAY, Thresholds.DEFAULT);

    ListParents.Added added = ListParents.add(estate, found, dod, DAY);

    assertThat(added.estate()).isSameAs(estate);
    assertThat(added.edges()).isZero();
  }

  private Estate estate(String parties) throws IOException {
    return TestEstates.of(folder, parties);
  }
}
