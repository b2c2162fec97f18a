package dev.spillover.screening.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.match.Matcher;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors the matcher reaches on the evaluation sets at the default thresholds, a little below
 * the figures in docs/screening.md: a change that loses recall or precision fails here.
 */
class MatchingEvaluationTest {

  private static final Path DATA = Path.of("..", "..", "shared", "data");
  private static final Thresholds T = Thresholds.DEFAULT;
  private static MatchingEvaluation.Report report;

  @BeforeAll
  static void run() throws IOException {
    report = MatchingEvaluation.run(DATA, new Matcher());
    // The table of docs/screening.md, rewritten at each run.
    Files.writeString(Path.of("target", "screening-evaluation.md"), report.table() + "\n" + report.sweep());
  }

  @Test
  void yenteTreatedUnNamesFindTheirUntreatedRow() {
    MatchingEvaluation.SetResult s = report.set("yente UN positives");
    assertThat(s.positives()).isEqualTo(683);
    assertThat(s.recall(T.review())).isGreaterThanOrEqualTo(0.98);
    assertThat(s.recall(T.match())).isGreaterThanOrEqualTo(0.83);
    assertThat((double) s.first() / s.positives()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.precision(T.match())).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void yenteSyntheticPeopleMatchNobodyOnTheUnList() {
    for (String set : new String[] {"yente negatives US", "yente negatives global"}) {
      MatchingEvaluation.SetResult s = report.set(set);
      assertThat(s.negatives()).isEqualTo(1000);
      assertThat(s.falsePositives(T.match())).as(set).isZero();
      assertThat(s.falsePositives(T.review())).as(set).isLessThanOrEqualTo(5);
    }
  }

  @Test
  void crossScriptNamesFindTheirLatinFormWhereTransliterationCan() {
    MatchingEvaluation.SetResult s = report.set("watchman cross-script");
    assertThat(s.recall(T.review())).isGreaterThanOrEqualTo(0.55);
    assertThat((double) s.first() / s.positives()).isGreaterThanOrEqualTo(0.75);
    assertThat(s.falsePositives(T.review())).isZero();
  }

  @Test
  void companyVariantsFindTheirEntityAndSwappedNamesDoNot() {
    MatchingEvaluation.SetResult variants = report.set("company variants");
    assertThat(variants.positives()).isGreaterThan(900);
    assertThat(variants.recall(T.review())).isGreaterThanOrEqualTo(0.90);
    assertThat(variants.recall(T.match())).isGreaterThanOrEqualTo(0.68);
    assertThat((double) variants.first() / variants.positives()).isGreaterThanOrEqualTo(0.95);
    assertThat(variants.precision(T.match())).isGreaterThanOrEqualTo(0.95);
    MatchingEvaluation.SetResult swaps = report.set("company swaps");
    assertThat(swaps.negatives()).isGreaterThan(200);
    assertThat(swaps.falsePositives(T.match())).isLessThanOrEqualTo(1);
    assertThat(swaps.falsePositives(T.review())).isLessThanOrEqualTo(10);
  }

  @Test
  void distinctCompaniesSharingWordsAreNeverAMatch() {
    MatchingEvaluation.SetResult s = report.set("company hard negatives");
    assertThat(s.negatives()).isGreaterThanOrEqualTo(30);
    assertThat(s.falsePositives(T.match())).isZero();
    assertThat(s.falsePositives(T.review())).isLessThanOrEqualTo(2);
  }
}
