package dev.spillover.screening.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {

  private static final Matcher MATCHER = new Matcher();

  static ListEntry entry(PartyType type, String name, List<String> countries, List<String> dates, List<Identifier> ids,
      EntryName... aliases) {
    return new ListEntry("test", name, type, EntryName.primary(name), List.of(aliases), ids, countries, dates,
        List.of(), null, null, List.of(), List.of(), null, new EntryLocation("test", 0));
  }

  private static final ListEntry PERSON = entry(PartyType.PERSON, "Tharwat Salah Shihata", List.of("EG"),
      List.of("1960-06-29"), List.of());

  @Test
  void agreeingEvidenceRanksAboveTheSameNameAloneWhichRanksAboveATypo() {
    Query same = Query.of("Tharwat Salah Shihata").withSchema(PartyType.PERSON);
    double withEvidence = MATCHER.score(same.withCountries("eg").withDates("1960-06-29"), PERSON).score();
    double alone = MATCHER.score(same, PERSON).score();
    double typo = MATCHER.score(Query.of("Tharwat Salah Shihatta").withSchema(PartyType.PERSON), PERSON).score();
    assertThat(withEvidence).isGreaterThan(alone);
    assertThat(alone).isGreaterThan(typo);
    assertThat(withEvidence).isLessThan(1.0);
    assertThat(MATCHER.score(same, PERSON).decision()).isEqualTo(Decision.MATCH);
    assertThat(MATCHER.score(Query.of("Tharwat Salah Shihatta").withSchema(PartyType.PERSON), PERSON).decision())
        .isEqualTo(Decision.REVIEW);
  }

  @Test
  void theFeaturesAddUpToTheScore() {
    for (Query q : List.of(Query.of("Shihata, Tharwat").withDates("1930"), Query.of("Tharwat Salah Shihata").withCountries("EG"),
        Query.of("Someone Else Entirely").withSchema(PartyType.COMPANY).withDates("2001"))) {
      Match m = MATCHER.score(q, PERSON);
      assertThat(m.features().stream().mapToDouble(Feature::contribution).sum()).isCloseTo(m.score(), within(1e-9));
      assertThat(m.score()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void aContradictingDateOrCountryLowersTheScoreAndAPartyOfAnotherKindMore() {
    Query q = Query.of("Tharwat Salah Shihata");
    double alone = MATCHER.score(q, PERSON).score();
    assertThat(MATCHER.score(q.withDates("1975"), PERSON).score()).isLessThan(alone);
    assertThat(MATCHER.score(q.withCountries("FR"), PERSON).score()).isLessThan(alone);
    Match company = MATCHER.score(q.withSchema(PartyType.COMPANY), PERSON);
    assertThat(company.feature(Feature.SCHEMA).contribution()).isNegative();
    assertThat(company.decision()).isEqualTo(Decision.REVIEW);
    // Birth years one apart and another day of the same month say nothing either way.
    assertThat(MATCHER.score(q.withDates("1961"), PERSON).score()).isEqualTo(alone);
    assertThat(MATCHER.score(q.withDates("1960-06-30"), PERSON).score()).isEqualTo(alone);
  }

  @Test
  void aSharedIdentifierIsStrongAndAConflictingLeiSpeaksAgainst() {
    ListEntry huawei = entry(PartyType.COMPANY, "Huawei Technologies Co., Ltd.", List.of("CN"), List.of(),
        List.of(new Identifier(Identifier.USCC, "914403001922038216", "CN")));
    Match renamed = MATCHER.score(Query.of("HUAWEI TECHNOLOGY")
        .withIdentifiers(new Identifier(Identifier.USCC, "9144 0300 1922 0382 16", null)), huawei);
    assertThat(renamed.feature(Feature.IDENTIFIER).contribution()).isEqualTo(Evidence.IDENTIFIER_AGREES);
    assertThat(renamed.decision()).isEqualTo(Decision.MATCH);
    Match capped = MATCHER.score(Query.of("Huawei Technologies Company Limited").withCountries("CN")
        .withIdentifiers(new Identifier(Identifier.USCC, "914403001922038216", null)), huawei);
    assertThat(capped.score()).isEqualTo(1.0);
    assertThat(capped.feature(Feature.BOUND).contribution()).isNegative();
    Match other = MATCHER.score(Query.of("Huawei Technologies Co., Ltd.")
        .withIdentifiers(new Identifier(Identifier.USCC, "91440300MA5FXXXXXX", null)), huawei);
    assertThat(other.feature(Feature.IDENTIFIER).contribution()).isEqualTo(Evidence.IDENTIFIER_CONFLICT);
    assertThat(other.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void legalFormScriptAndWordOrderDoNotMatterButOtherWordsDo() {
    assertThat(MATCHER.scorePair("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES COMPANY LIMITED", null)
        .feature(Feature.NAME_EXACT)).isNotNull();
    assertThat(MATCHER.scorePair("ПАО Сбербанк", "PJSC Sberbank", PartyType.COMPANY).decision()).isEqualTo(Decision.MATCH);
    assertThat(MATCHER.scorePair("SALEK, ABDULHAI", "ABDULHAI SALEK", PartyType.PERSON).decision()).isEqualTo(Decision.MATCH);
    assertThat(MATCHER.scorePair("习近平", "Xi Jinping", PartyType.PERSON).decision()).isEqualTo(Decision.MATCH);
    assertThat(MATCHER.scorePair("China Mobile", "China Unicom", PartyType.COMPANY).decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(MATCHER.scorePair("China Aerospace Science and Technology Corporation",
        "China Aerospace Science and Industry Corporation", PartyType.COMPANY).decision()).isNotEqualTo(Decision.MATCH);
  }

  @Test
  void aWeakAliasCountsLess() {
    ListEntry e = entry(PartyType.PERSON, "Abdul Rahman Yasin", List.of(), List.of(), List.of(),
        new EntryName("Abu Yasin", EntryName.Kind.WEAK_ALIAS));
    Match m = MATCHER.score(Query.of("Abu Yasin"), e);
    assertThat(m.matchedName()).isEqualTo("Abu Yasin");
    assertThat(m.feature(Feature.WEAK_ALIAS).contribution()).isEqualTo(Matcher.WEAK_ALIAS_PENALTY);
    assertThat(m.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void thresholdsMustBeOrdered() {
    assertThatThrownBy(() -> new Thresholds(0.5, 0.7)).hasMessageContaining("review 0.7 and match 0.5");
    assertThat(new Thresholds(0.9, 0.8).decide(0.85)).isEqualTo(Decision.REVIEW);
  }
}
