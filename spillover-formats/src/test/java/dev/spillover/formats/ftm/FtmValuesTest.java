package dev.spillover.formats.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Parsing of FtM values: partial dates, percentages, country codes, slugs. */
class FtmValuesTest {
  @ParameterizedTest
  @CsvSource({
      "2019, 2019-01-01, 2019-12-31",
      "2019-05, 2019-05-01, 2019-05-31",
      "2020-02, 2020-02-01, 2020-02-29",
      "2019-05-24, 2019-05-24, 2019-05-24",
      "2023-07-26T20:01:14, 2023-07-26, 2023-07-26",
      "' 2019-05-24 ', 2019-05-24, 2019-05-24"})
  void aDateOfAnyPrecisionNamesThePeriodFromItsFirstToItsLastDay(String text, String first, String last) {
    assertThat(FtmValues.date(text))
        .isEqualTo(new FtmValues.PartialDate(LocalDate.parse(first), LocalDate.parse(last)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "19", "2019-1", "2019-13", "2019-02-30", "2019/05/24", "24.05.2019", "soon", "2019-05-24x"})
  void textThatNamesNoRealPeriodIsNotADate(String text) {
    assertThat(FtmValues.date(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"50, 50.0", "50.0, 50.0", "50%, 50.0", "'50,5', 50.5", "' 7 % ', 7.0", "0, 0.0", "100, 100.0",
      "-3, -3.0", "150, 150.0", "33.3333, 33.3333"})
  void aPercentageIsANumberWithAnOptionalPercentSignAndDecimalPointOrComma(String text, double expected) {
    assertThat(FtmValues.percent(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "half", "1e5", "50%%", "5 0", "50.", ".5", "NaN", "Infinity", "0x10"})
  void anythingElseIsNotAPercentage(String text) {
    assertThat(FtmValues.percent(text)).isNull();
  }

  @Test
  void countryCodesAreUpperCasedDeduplicatedAndKeptOnlyWhenIsoKnowsThem() {
    assertThat(FtmValues.countries(List.of("ru", "RU", " gb ", "eu", "suhh", "zz", "xk", "")))
        .containsExactly("RU", "GB", "XK");
  }

  @Test
  void slugsAreReadableAsciiAndGainAHashWhenTheyLoseInformation() {
    assertThat(FtmValues.slug("Office of Foreign Assets Control")).isEqualTo("office-of-foreign-assets-control");
    assertThat(FtmValues.slug("US-RUSHAR")).isEqualTo("us-rushar");
    assertThat(FtmValues.slug("La Principauté de Monaco")).isEqualTo("la-principaute-de-monaco");
    assertThat(FtmValues.slug("ГУР МО України")).matches("[0-9a-f]{8}");
    assertThat(FtmValues.slug("Служба безпеки України")).matches("[0-9a-f]{8}")
        .isNotEqualTo(FtmValues.slug("ГУР МО України"));
    String longName = "Directorate-General for Financial Stability, Financial Services and Capital Markets Union";
    assertThat(FtmValues.slug(longName)).matches("directorate-general-for-financial-stability-financial-servic-[0-9a-f]{8}");
    assertThat(FtmValues.slug("Entity List (EL) - Bureau of Industry and Security"))
        .isEqualTo("entity-list-el-bureau-of-industry-and-security");
  }

  @Test
  void quotedValuesAreCutForMessages() {
    assertThat(FtmValues.quote("short")).isEqualTo("'short'");
    assertThat(FtmValues.quote("x".repeat(100))).hasSize(62).endsWith("...'");
    assertThat(FtmValues.quote("a\nb")).isEqualTo("'a b'");
  }
}
