package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Validity;
import dev.spillover.policy.ListEntry;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackList;
import dev.spillover.policy.TestEstate;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListMatcherTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Test
  void placesAPartyOnAListWhoseEntryNamesItWithAnotherLegalForm() {
    Estate estate = new TestEstate().org("huawei", "Huawei Technologies Co., Ltd.").build();
    Pack pack = pack("ndaa", list("covered", entry("Huawei Technologies Company")));

    assertThat(listingsOf("huawei", estate, DAY, pack)).containsExactly(new Listing("covered", "List covered", "ndaa",
        null, "act", "name 'Huawei Technologies Co., Ltd.' matches list entry 'Huawei Technologies Company'"));
  }

  @Test
  void matchesAnAliasInChineseScript() {
    Estate estate = new TestEstate().org("tencent", "Tencent", "腾讯控股有限公司").build();
    Pack pack = pack("eo", list("covered", entry("騰訊控股有限公司", "腾讯控股有限公司")));

    assertThat(listingsOf("tencent", estate, DAY, pack)).singleElement().extracting(Listing::basis)
        .isEqualTo("name '腾讯控股有限公司' matches list entry '腾讯控股有限公司'");
  }

  @Test
  void matchesAnIdentifierOfTheSameSchemeWhateverTheCaseOfEither() {
    Estate estate = new TestEstate()
        .org("hik", "Hik Co", Map.of("LEI", "549300abcdef00000012"))
        .org("other", "Other Co", Map.of("duns", "549300ABCDEF00000012"))
        .build();
    ListEntry byLei = new ListEntry(List.of("Hangzhou Hikvision Digital Technology Company"),
        Map.of("lei", " 549300ABCDEF00000012 "), "CN", null, null, "annex", null);
    Pack pack = pack("ndaa", list("covered", byLei));

    assertThat(listingsOf("hik", estate, DAY, pack)).containsExactly(new Listing("covered", "List covered", "ndaa",
        null, "annex", "identifier lei  549300ABCDEF00000012  matches the list entry"));
    assertThat(listingsOf("other", estate, DAY, pack)).as("another scheme").isEmpty();
  }

  @ParameterizedTest(name = "on {0}: listed {1}")
  @CsvSource({
      "2020-08-05, false",
      "2020-08-06, true",
      "2020-08-07, true",
      "2021-06-08, true",
      "2021-06-09, false",
      "2021-06-10, false"})
  void listsAPartyOnlyFromTheEntrysSinceDateUntilTheDayBeforeItsUntilDate(LocalDate day, boolean listed) {
    Estate estate = new TestEstate().org("bytedance", "ByteDance Ltd.").build();
    ListEntry entry = new ListEntry(List.of("ByteDance Limited"), Map.of(), "KY",
        LocalDate.of(2020, 8, 6), LocalDate.of(2021, 6, 9), null, null);

    assertThat(listingsOf("bytedance", estate, day, pack("eo-13942", list("covered", entry)))).hasSize(listed ? 1 : 0);
  }

  @Test
  void placesOnlyOrganizationsAndPersonsOnLists() {
    Estate estate = new TestEstate()
        .product("p", "Huawei Technologies Company")
        .system("Huawei Technologies Company")
        .build();
    Pack pack = pack("ndaa", list("covered", entry("Huawei Technologies Company")));

    assertThat(ListMatcher.match(Snapshot.of(estate, DAY), List.of(pack))).containsExactly(List.of(), List.of());
  }

  @Test
  void placesAPartyOnAListOfTheEstateWhileItsListedOnEdgeHolds() {
    Estate estate = new TestEstate()
        .org("hik", "Hikvision")
        .list("entity-list", "Entity List")
        .edge(EdgeKind.LISTED_ON, "hik", "entity-list", EdgeTerms.NONE, new Validity(LocalDate.of(2019, 10, 9), null))
        .build();

    assertThat(listingsOf("hik", estate, LocalDate.of(2019, 10, 8))).isEmpty();
    assertThat(listingsOf("hik", estate, LocalDate.of(2019, 10, 9))).containsExactly(new Listing("entity-list",
        "Entity List", null, LocalDate.of(2019, 10, 9), "test", "declared in the estate (edge e0)"));
  }

  @Test
  void listsAPartyOnceOnAListItMatchesSeveralWays() {
    Estate estate = new TestEstate().org("zte", "ZTE Corporation", Map.of("lei", "X1"), "ZTE Corp.").build();
    ListEntry entry = new ListEntry(List.of("ZTE Corporation", "ZTE Corp"), Map.of("lei", "x1"), null, null, null,
        null, null);

    assertThat(listingsOf("zte", estate, DAY, pack("ndaa", list("covered", entry)))).hasSize(1);
  }

  @Test
  void placesAPartyOnTheListsOfEveryPackThatNamesIt() {
    Estate estate = new TestEstate().org("tencent", "Tencent Holdings Ltd.").build();

    assertThat(listingsOf("tencent", estate, DAY,
        pack("eo-13943", list("eo-13943-covered", entry("Tencent Holdings Limited"))),
        pack("house", list("house-watch", entry("Tencent")))))
        .extracting(Listing::listId).containsExactly("eo-13943-covered", "house-watch");
  }

  @Test
  void leavesEveryNodeOnNoListWithAnEmptyListing() {
    Estate estate = new TestEstate().org("a", "A").system("s").org("b", "B").build();

    assertThat(ListMatcher.match(Snapshot.of(estate, DAY), List.of())).containsExactly(List.of(), List.of(), List.of());
  }

  @Test
  void refusesTwoPacksThatDefineTheSameListId() {
    Estate estate = new TestEstate().org("a", "A").build();
    Pack first = pack("first", list("covered", entry("A")));
    Pack second = pack("second", list("covered", entry("B")));

    assertThatThrownBy(() -> ListMatcher.match(Snapshot.of(estate, DAY), List.of(first, second)))
        .isInstanceOf(InputException.class)
        .hasMessage("test:second: list id 'covered' is also defined by pack first, expected list ids to be unique "
            + "across the estate and the packs applied");
  }

  @Test
  void refusesAPackListWithTheIdOfAListOfTheEstate() {
    Estate estate = new TestEstate().list("covered", "Our own list").build();

    assertThatThrownBy(() -> ListMatcher.match(Snapshot.of(estate, DAY), List.of(pack("p", list("covered")))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("list id 'covered' is also defined by the estate");
  }

  @Test
  void addsTheListingsTheCallerFoundToTheParties() {
    Estate estate = new TestEstate().org("bnc", "Banco Nacional de Cuba").system("s").build();
    Listing screened = new Listing("ofac-sdn", "OFAC SDN", null, null, "sdn.csv", "screening match 0.750");

    List<List<Listing>> listings = ListMatcher.match(Snapshot.of(estate, DAY), List.of(),
        Map.of("bnc", List.of(screened), "s", List.of(screened), "nowhere", List.of(screened)));

    assertThat(listings).as("a party gets it; a system and an unknown id do not")
        .containsExactly(List.of(screened), List.of());
  }

  @Test
  void keepsTheEstatesOwnListingWhenTheCallerFindsThePartyOnAListOfTheSameId() {
    Estate estate = new TestEstate()
        .org("hik", "Hikvision")
        .list("entity-list", "Entity List")
        .edge(EdgeKind.LISTED_ON, "hik", "entity-list")
        .build();
    Listing screened = new Listing("entity-list", "Entity List", null, null, "csl.csv", "screening match 0.900");
    Listing other = new Listing("ofac-sdn", "OFAC SDN", null, null, "sdn.csv", "screening match 0.800");

    List<List<Listing>> listings = ListMatcher.match(Snapshot.of(estate, DAY), List.of(),
        Map.of("hik", List.of(screened, other)));

    assertThat(listings.get(0)).extracting(Listing::basis)
        .containsExactly("declared in the estate (edge e0)", "screening match 0.800");
  }

  private static List<Listing> listingsOf(String id, Estate estate, LocalDate day, Pack... packs) {
    Snapshot snapshot = Snapshot.of(estate, day);
    return ListMatcher.match(snapshot, List.of(packs)).get(snapshot.indexOf(id));
  }

  private static Pack pack(String id, PackList... lists) {
    return new Pack(id, id, null, "Test", null, "test:" + id, Map.of(), List.of(lists), List.of());
  }

  private static PackList list(String id, ListEntry... entries) {
    return new PackList(id, "List " + id, "act", List.of(entries));
  }

  private static ListEntry entry(String... names) {
    return new ListEntry(List.of(names), Map.of(), null, null, null, null, null);
  }
}
