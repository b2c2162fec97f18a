package dev.spillover.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "CN|CN", "Russia|RU", "Russian Federation|RU", "Korea, North|KP",
      "Democratic People's Republic of Korea|KP", "Korea, South|KR", "Iran (Islamic Republic of)|IR",
      "Bahamas, The|BS", "The Gambia|GM", "Congo, Democratic Republic of the|CD", "Cote d Ivoire|CI",
      "Côte d’Ivoire|CI", "Burma|MM", "Saint Kitts and Nevis|KN", "Bosnia and Herzegovina|BA",
      "United Kingdom of Great Britain and Northern Ireland|GB", "Viet Nam|VN", "Türkiye|TR", "Turkey|TR",
      "Virgin Islands, British|VG", "China, Hong Kong Special Administrative Region|HK", "Hong Kong|HK",
      "Kosovo|XK", "  united states  |US", "PRC|CN", "Syrian Arab Republic|SY", "Japan|JP"})
  void namesAndCodesGiveTheirCode(String text, String code) {
    assertThat(Countries.code(text)).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0} has no code")
  @CsvSource(delimiter = '|', value = {"undetermined", "former Soviet Union", "Netherlands Antilles", "Kafia Kingi",
      "ZZ", "na", "cn", "Texas"})
  void regionsHistoricalStatesAndUnknownTextHaveNoCode(String text) {
    assertThat(Countries.code(text)).isNull();
  }

  @Test
  void nullAndBlankHaveNoCode() {
    assertThat(Countries.code(null)).isNull();
    assertThat(Countries.code(" ")).isNull();
  }
}
