package dev.spillover.screening.list.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.list.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierLabelsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Passport 484824 (Egypt) issued 18 Jan 1984|PASSPORT|484824|EG",
      "National ID No. 3603251708570001|NATIONAL_ID|3603251708570001|",
      "Cedula No. 16247821 (Colombia)|NATIONAL_ID|16247821|CO",
      "NIT # 800146749-7 (Colombia)|TAX|800146749-7|CO",
      "Tax ID No. 32071216470 (Texas) (United States)|TAX|32071216470|US",
      "Registration Number HRB 14604 (Germany)|REGISTRATION|HRB 14604|DE",
      "Unified Social Credit Code (USCC) 91110000710934369E(China)|USCC|91110000710934369E|CN",
      "Vessel Registration Identification IMO 9187629|IMO|9187629|",
      "Company Number IMO 5055293|IMO|5055293|",
      "SWIFT/BIC HAVIGB2L|SWIFT|HAVIGB2L|",
      "ISIN US1694261033|ISIN|US1694261033|",
      "Legal Entity Number 253400V1H6ART1UQ0N98 (Russia)|LEI|253400V1H6ART1UQ0N98|RU",
      "Legal Entity Number 851683897 (Netherlands)|Legal Entity Number|851683897|NL",
      "Government Gazette Number 09804148 (Russia)|Government Gazette Number|09804148|RU",
      "MMSI 572469210|MMSI|572469210|",
      "Trade License No. C 50905 (Malta)|REGISTRATION|C 50905|MT",
      "Turkish Identification Number 12345678901 (Turkey)|Turkish Identification Number|12345678901|TR"})
  void remarksOfManyPublishersGiveTheirIdentifier(String remark, String type, String value, String country) {
    assertThat(IdentifierLabels.fromRemark(remark)).isEqualTo(new Identifier(type, value, country));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Phone Number 982188526300", "Fax No. 123456", "Gender Male",
      "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "POB Al Basuriyah, Lebanon",
      "Website www.bank-maskan.ir", "Secondary sanctions risk: See Section 11 of Executive Order 14024.",
      "Chinese Commercial Code 1234 5678"})
  void otherRemarksAreNoIdentifiers(String remark) {
    assertThat(IdentifierLabels.fromRemark(remark)).isNull();
  }

  @Test
  void labelsGivenApartAreMappedAlike() {
    assertThat(IdentifierLabels.identifier("National Identification\n   Number", "1-78-09", "Rwanda"))
        .isEqualTo(new Identifier(Identifier.NATIONAL_ID, "1-78-09", "RW"));
    assertThat(IdentifierLabels.identifier("Numéro de passeport ", "X1", null))
        .isEqualTo(new Identifier(Identifier.PASSPORT, "X1", null));
    assertThat(IdentifierLabels.identifier("Secondary sanctions risk:", "North Korea", null)).isNull();
    assertThat(IdentifierLabels.identifier("Passport", " ", null)).isNull();
  }
}
