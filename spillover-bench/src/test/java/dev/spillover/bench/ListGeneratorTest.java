package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Matcher;
import dev.spillover.screening.match.Query;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListGeneratorTest {
  @Test
  void theSameSeedGivesTheSameListAndAnotherSeedAnother() {
    List<ListEntry> a = new ListGenerator(7).entries("l", 2_000);
    List<ListEntry> b = new ListGenerator(7).entries("l", 2_000);
    List<ListEntry> c = new ListGenerator(8).entries("l", 2_000);
    assertThat(a).hasSize(2_000).isEqualTo(b).isNotEqualTo(c);
    assertThat(a).extracting(ListEntry::id).doesNotHaveDuplicates();
  }

  @Test
  void theListMixesPersonsCompaniesAndVesselsInSeveralScripts() {
    List<ListEntry> entries = new ListGenerator(42).entries("l", 5_000);
    Set<PartyType> types = EnumSet.noneOf(PartyType.class);
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    for (ListEntry entry : entries) {
      types.add(entry.type());
      entry.name().text().codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(UnicodeScript.of(cp)));
    }
    assertThat(types).containsExactlyInAnyOrder(PartyType.PERSON, PartyType.ORGANIZATION, PartyType.VESSEL);
    assertThat(scripts).contains(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.ARABIC, UnicodeScript.HAN,
        UnicodeScript.HANGUL);
    assertThat(entries).filteredOn(e -> !e.aliases().isEmpty()).hasSizeBetween(1_000, 2_500);
  }

  @Test
  void aVariantAsListedMatchesItsEntryAndEveryVariantSaysWhatChanged() {
    ListGenerator generator = new ListGenerator(42);
    List<ListEntry> entries = generator.entries("l", 500);
    Matcher matcher = new Matcher();
    Set<String> changes = new java.util.TreeSet<>();
    for (ListEntry entry : entries) {
      ListGenerator.Variant variant = generator.variant(entry);
      changes.add(variant.change());
      if (variant.change().equals("as listed")) {
        assertThat(entry.names().map(n -> n.text())).contains(variant.name());
        assertThat(matcher.score(Query.of(variant.name()), entry).decision()).isNotEqualTo(Decision.NO_MATCH);
      }
    }
    assertThat(changes).contains("as listed", "typo", "words moved", "legal form dropped", "Cyrillic in Latin letters");
  }
}
