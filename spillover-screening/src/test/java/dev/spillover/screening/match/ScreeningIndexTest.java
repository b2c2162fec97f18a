package dev.spillover.screening.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

  // shared/ sits beside the checkout: two levels up from the module directory.
  private static final Path NAME_MATCHING = Path.of("..", "..", "shared", "data", "name-matching");

  private static ListEntry company(String name, Identifier... ids) {
    return MatcherTest.entry(PartyType.COMPANY, name, List.of(), List.of(), List.of(ids));
  }

  @Test
  void findsTheEntryAcrossScriptsLegalFormsAndTypos() {
    ScreeningIndex index = ScreeningIndex.build(List.of(company("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"),
        company("VTB BANK PJSC"), company("Huawei Technologies Co., Ltd."), company("China Mobile Communications Group")));
    assertThat(index.search(Query.of("Sberbank of Russia"), 1).get(0).entry().id()).contains("SBERBANK");
    assertThat(index.search(Query.of("Huawei Technologeis"), 1).get(0).entry().id()).startsWith("Huawei");
    assertThat(index.search(Query.of("ПАО ВТБ Банк"), 1).get(0).entry().id()).isEqualTo("VTB BANK PJSC");
    List<Match> mobile = index.search(Query.of("China Mobile Communications Group Co., Ltd."), 4);
    assertThat(mobile.get(0).decision()).isEqualTo(Decision.MATCH);
    assertThat(mobile.subList(1, mobile.size())).allMatch(m -> m.decision() == Decision.NO_MATCH);
  }

  @Test
  void findsAnEntryByItsIdentifierWhateverTheName() {
    List<ListEntry> list = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      list.add(company("Trading Company " + i));
    }
    list.add(company("Zhongxing Telecommunication Equipment", new Identifier(Identifier.USCC, "9144030027939873X7", "CN")));
    ScreeningIndex index = ScreeningIndex.build(list);
    Match m = index.search(Query.of("ZTE").withIdentifiers(new Identifier(Identifier.USCC, "9144030027939873X7", null)), 3).get(0);
    assertThat(m.entry().name().text()).isEqualTo("Zhongxing Telecommunication Equipment");
    assertThat(m.feature(Feature.IDENTIFIER).value()).isEqualTo(1);
  }

  @Test
  void wordsTooCommonToWalkStillFindTheirEntryThroughPairsAndWholeNames() {
    // With a cap of 50, "mohammed", "ali" and the rest are filed under more than 50 entries each.
    String[] given = {"mohammed", "ali", "hassan", "ahmed", "omar", "yusuf"};
    List<ListEntry> list = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      String name = given[random.nextInt(given.length)] + " " + given[random.nextInt(given.length)] + " " + given[random.nextInt(given.length)];
      list.add(MatcherTest.entry(PartyType.PERSON, name + " " + i, List.of(), List.of(), List.of()));
    }
    list.add(MatcherTest.entry(PartyType.PERSON, "Omar Yusuf Hassan", List.of(), List.of(), List.of()));
    ScreeningIndex index = ScreeningIndex.build(list, new Matcher(), 50);
    Match best = index.search(Query.of("Hassan, Omar Yusuf").withSchema(PartyType.PERSON), 5).get(0);
    assertThat(best.entry().id()).isEqualTo("Omar Yusuf Hassan");
    assertThat(best.decision()).isEqualTo(Decision.MATCH);
  }

  @Test
  void returnsWhatScoringTheWholeListReturnsOnTheYentePositives() throws IOException {
    List<String> untreated = Files.readAllLines(NAME_MATCHING.resolve("yente_positives_un_untreated.csv"));
    List<String> treated = Files.readAllLines(NAME_MATCHING.resolve("yente_positives_un_treated.csv"));
    List<ListEntry> list = new ArrayList<>();
    for (int i = 1; i < untreated.size(); i++) {
      list.add(MatcherTest.entry(PartyType.PERSON, firstField(untreated.get(i)), List.of(), List.of(), List.of()));
    }
    ScreeningIndex index = ScreeningIndex.build(list);
    Matcher matcher = index.matcher();
    int differ = 0;
    for (int i = 1; i < treated.size(); i++) {
      PreparedQuery q = new PreparedQuery(Query.of(firstField(treated.get(i))).withSchema(PartyType.PERSON));
      double brute = 0;
      for (ListEntry e : list) {
        brute = Math.max(brute, matcher.score(q, new PreparedEntry(e)).score());
      }
      double indexed = index.search(q.query, 1).get(0).score();
      if (indexed < brute - 1e-9) {
        differ++;
      }
    }
    assertThat(differ).as("queries whose best entry the index missed").isZero();
  }

  @Test
  void aLimitBelowOneIsRefused() {
    ScreeningIndex index = ScreeningIndex.build(List.of(company("Acme")));
    assertThatThrownBy(() -> index.search(Query.of("Acme"), 0)).hasMessageContaining("limit must be at least 1, got 0");
  }

  private static String firstField(String line) {
    if (line.startsWith("\"")) {
      return line.substring(1, line.indexOf('"', 1));
    }
    return line.substring(0, line.indexOf(','));
  }
}
