package dev.spillover.screening.list.un;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The UN Security Council consolidated list generated on 2026-02-27: 730 individuals and 273 entities. */
class UnScReaderTest {
  private static final ScreeningList UN = UnScReader.read(ListFixtures.UN);

  @Test
  void everyIndividualAndEntityBecomesAnEntry() {
    assertThat(UN.id()).isEqualTo("un-sc");
    assertThat(UN.published()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(UN.entries()).hasSize(1_003);
    assertThat(UN.entries()).filteredOn(e -> e.type() == PartyType.PERSON).hasSize(730);
    assertThat(UN.entries()).filteredOn(e -> e.type() == PartyType.ORGANIZATION).hasSize(273);
    assertThat(UN.entries()).allSatisfy(e -> assertThat(e.listedFrom()).isNotNull());
  }

  @Test
  void anIndividualWithANameInItsOriginalScriptIsReadFieldByField() {
    ListEntry saddam = ListFixtures.entry(UN, "IQi.001");

    assertThat(saddam.type()).isEqualTo(PartyType.PERSON);
    assertThat(saddam.name().text()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(saddam.aliases()).containsExactly(new EntryName("صدام حسين التكريتي", EntryName.Kind.ORIGINAL_SCRIPT),
        new EntryName("Abu Ali", EntryName.Kind.WEAK_ALIAS));
    assertThat(saddam.programs()).containsExactly("Iraq");
    assertThat(saddam.listedFrom()).isEqualTo(LocalDate.of(2003, 6, 27));
    assertThat(saddam.birthDates()).containsExactly("1937-04-28");
    assertThat(saddam.countries()).containsExactly("IQ");
    assertThat(saddam.identifiers()).isEmpty();
    assertThat(saddam.location()).isEqualTo(new EntryLocation(ListFixtures.UN.toString(), 4325));
  }

  @Test
  void documentsBecomeIdentifiersWithTheirIssuingCountry() {
    ListEntry cdi040 = ListFixtures.entry(UN, "CDi.040");

    assertThat(cdi040.identifiers()).containsExactly(new Identifier(Identifier.PASSPORT, "AB850901", "TZ"),
        new Identifier(Identifier.PASSPORT, "AB187304", "TZ"));
    assertThat(cdi040.birthDates()).containsExactly("1997-07-21", "1993");
    assertThat(cdi040.aliases()).filteredOn(a -> a.kind() == EntryName.Kind.WEAK_ALIAS).hasSize(9);
  }

  @Test
  void entitiesKeepTheirOriginalScriptNameAndAliasesOfEveryQuality() {
    ListEntry aiai = ListFixtures.entry(UN, "QDe.002");

    assertThat(aiai.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(aiai.name().text()).isEqualTo("AL-ITIHAAD AL-ISLAMIYA / AIAI");
    assertThat(aiai.aliases()).containsExactly(new EntryName("الاتحاد الاسلامي", EntryName.Kind.ORIGINAL_SCRIPT));
    assertThat(aiai.programs()).containsExactly("Al-Qaida");
    assertThat(aiai.listedFrom()).isEqualTo(LocalDate.of(2001, 10, 6));
    assertThat(aiai.remarks()).startsWith("Reported to have operated in Somalia and Ethiopia and to have merged with "
        + "Harakat Al-Shabaab");
    assertThat(UN.entries().stream().flatMap(e -> e.aliases().stream()))
        .extracting(EntryName::kind).contains(EntryName.Kind.FORMER, EntryName.Kind.ALIAS);
  }

  @Test
  void aListingDateWithATimeZoneIsReadAsTheDayWritten() {
    ListEntry fazlullah = ListFixtures.entry(UN, "QDi.352");

    // <LISTED_ON>2015-04-07-04:00</LISTED_ON>
    assertThat(fazlullah.listedFrom()).isEqualTo(LocalDate.of(2015, 4, 7));
    assertThat(fazlullah.aliases()).contains(new EntryName("Mullah Radio", EntryName.Kind.WEAK_ALIAS));
    assertThat(fazlullah.addresses()).isEmpty();
  }

  @Test
  void nationalitiesAndAddressCountriesAreCodes() {
    ListEntry yun = ListFixtures.entry(UN, "KPi.001");

    assertThat(yun.countries()).containsExactly("KP");
    assertThat(yun.addresses()).containsExactly("Pyongyang, Democratic People's Republic of Korea");
    assertThat(yun.remarks()).isEqualTo("Designation: Director of Namchongang Trading Corporation; Director of "
        + "Namchongang Trading Corporation; oversees the import of items needed for the uranium enrichment program.");
  }
}
