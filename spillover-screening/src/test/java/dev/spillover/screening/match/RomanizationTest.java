package dev.spillover.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.list.PartyType;
import org.junit.jupiter.api.Test;

class RomanizationTest {

  private static final Matcher MATCHER = new Matcher();

  private static Match persons(String query, String listed) {
    return MATCHER.scorePair(query, listed, PartyType.PERSON);
  }

  /** Spellings of one Russian name and the form they all fold to. */
  private static final String[][] SAME_NAME = {
      {"hodorkovski", "khodorkovskiy", "khodorkovsky", "hodorkovskij"}, // х: BGN "kh", ICU "h"; -ий
      {"uri", "yuriy", "yuri", "jurij"}, // ю: "yu", "ju", ICU û; й
      {"coi", "tsoy", "tsoi", "coj"}, // ц: "ts", "c"
      {"sukin", "shchukin", "sukin"}, // щ: BGN "shch", ICU ŝ
      {"zana", "zhanna", "zanna"}, // ж: "zh", ICU ž; doubled letters
      {"natala", "natalya", "natala"}, // я after ь: BGN "ya", ICU â
      {"elcin", "yeltsin", "elcin"}, // initial е: BGN "ye"
      {"sergev", "sergeyev", "sergeev"},
      {"caykovski", "chaykovskiy", "cajkovskij"}, // ч: "ch", ICU č; й inside a word
      {"ivanov", "iwanow", "ivanov"}, // в in German and Polish
      {"codorkovski", "chodorkowski"}, // German х as "ch" is not folded: English ч is "ch"
  };

  @Test
  void theSpellingsOfOneCyrillicLetterFoldToOneForm() {
    for (String[] row : SAME_NAME) {
      for (int i = 1; i < row.length; i++) {
        assertThat(Romanization.fold(row[i])).as(row[i]).isEqualTo(row[0]);
      }
    }
  }

  @Test
  void aNameListedInCyrillicIsFoundInOtherRomanizationsForReviewNotAsAMatch() {
    assertThat(persons("Mikhail Khodorkovskiy", "Михаил Ходорковский").decision()).isEqualTo(Decision.MATCH);
    for (String query : new String[] {"Mikhail Khodorkovsky", "Mihail Hodorkovskij", "Mikhail Hodorkovsky"}) {
      assertThat(persons(query, "Михаил Ходорковский").decision()).as(query).isEqualTo(Decision.REVIEW);
    }
    for (String query : new String[] {"Yuri Tsoi", "Jurij Coj", "Yuri Tsoy"}) {
      assertThat(persons(query, "Юрий Цой").decision()).as(query).isEqualTo(Decision.REVIEW);
    }
    assertThat(persons("Iwan Iwanow", "Иван Иванов").decision()).isEqualTo(Decision.REVIEW);
    Match folded = persons("Jurij Coj", "Юрий Цой");
    assertThat(folded.explain()).contains("by romanization");
    assertThat(folded.score()).isLessThan(MATCHER.thresholds().match());
  }

  @Test
  void twoLatinNamesAreNeverFolded() {
    // "ch" and "c", "kh" and "h", "y" and "j", "sh" and "s" tell different English names apart.
    assertThat(persons("Chase", "Case").decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(persons("Khan", "Han").decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(persons("Jules", "Yules").decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(persons("Shaw", "Saw").decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(persons("Mitchell Shaw", "Mitcell Saw").explain()).doesNotContain("romanization");
    assertThat(MATCHER.scorePair("Chase Logistics", "Case Logistics", PartyType.COMPANY).explain())
        .doesNotContain("romanization");
  }

  @Test
  void otherCyrillicNamesStayApart() {
    assertThat(persons("Mikhail Khodorkovsky", "Михаил Горбачёв").decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(persons("Yuri Tsoi", "Юлия Цветкова").decision()).isEqualTo(Decision.NO_MATCH);
    assertThat(persons("Zhanna Sokolova", "Жанна Соколовская").decision()).isNotEqualTo(Decision.MATCH);
  }
}
