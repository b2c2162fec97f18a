package dev.spillover.screening.list.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"31 Aug 1960, 1960-08-31", "Aug 1960, 1960-08", "1960, 1960", "01 Sept 1977, 1977-09-01",
      "5 January 2001, 2001-01-05", "Dec. 1954, 1954-12"})
  void ofacDatesOfBirthKeepTheirPrecision(String text, String expected) {
    assertThat(Dates.dayMonthYear(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"31 Feb 1960", "31 1960", "Augu 1960", "1960s", "circa 1960", ""})
  void whatIsNotADateOfBirthGivesNull(String text) {
    assertThat(Dates.dayMonthYear(text)).isNull();
  }

  @Test
  void eachPublishersFormIsReadStrictly() {
    assertThat(Dates.us("06/19/2003")).isEqualTo(LocalDate.of(2003, 6, 19));
    assertThat(Dates.us("19/06/2003")).isNull();
    assertThat(Dates.dotted("02.12.2019")).isEqualTo(LocalDate.of(2019, 12, 2));
    assertThat(Dates.dotted("13.07.20")).isEqualTo(LocalDate.of(2020, 7, 13));
    assertThat(Dates.dotted("2019-12-02")).isNull();
    assertThat(Dates.prose("March 12, 2021")).isEqualTo(LocalDate.of(2021, 3, 12));
    assertThat(Dates.prose("Sept. 3, 2020")).isEqualTo(LocalDate.of(2020, 9, 3));
    assertThat(Dates.prose("Smarch 12, 2021")).isNull();
    assertThat(Dates.iso("2019-05-24")).isEqualTo(LocalDate.of(2019, 5, 24));
    assertThat(Dates.iso("2019-02-30")).isNull();
    assertThat(Dates.isoPartial("2019-05")).isEqualTo("2019-05");
    assertThat(Dates.isoPartial("2019-13")).isNull();
  }

  @Test
  void partialDatesStartOnTheirFirstDayAndEndOnTheirLast() {
    assertThat(Dates.firstDayOf("2022")).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(Dates.lastDayOf("2026")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(Dates.lastDayOf("2024-02")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Dates.firstDayOf("October 1, 2027")).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(Dates.firstDayOf("soon")).isNull();
  }
}
