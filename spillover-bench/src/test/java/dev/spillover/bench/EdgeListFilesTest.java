package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The edge list's share reader gives exactly the double {@link Double#parseDouble} gives, or defers to it. */
class EdgeListFilesTest {
  @Test
  void readsPlainDecimalsExactlyAsParseDouble() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      int scale = random.nextInt(8);
      long digits = random.nextLong(1_000_000_000L);
      String text = scale == 0 ? Long.toString(digits)
          : String.format(Locale.ROOT, "%d.%0" + scale + "d", digits / 1000, digits % (long) Math.pow(10, scale));
      assertThat(EdgeListFiles.percent("a,b," + text, 4)).as(text).isEqualTo(Double.parseDouble(text));
    }
    for (String text : new String[] {"0", "100", "12.", ".5", "0.01", "99.99", "33.333333333333"}) {
      assertThat(EdgeListFiles.percent(text, 0)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void defersWhatIsNotAPlainDecimalOfAtMostFifteenDigits() {
    for (String text : new String[] {"", "-5", "1e3", "1.2.3", "12,5", " 12", "1234567890123456", "NaN"}) {
      assertThat(EdgeListFiles.percent(text, 0)).as(text).isNaN();
    }
  }
}
