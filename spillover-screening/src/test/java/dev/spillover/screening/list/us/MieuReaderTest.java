package dev.spillover.screening.list.us;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** BIS's military-intelligence end users (transcription, CC BY-NC 4.0: read in place). */
class MieuReaderTest {
  private static final ScreeningList LIST = MieuReader.read(
      ListFixtures.SPECIAL.resolve("bis_military_intelligence_end_users.csv"));

  @Test
  void everyRowIsAnEntryWithItsCountryAndDate() {
    assertThat(LIST.id()).isEqualTo("bis-mieu");
    assertThat(LIST.entries()).hasSize(13);
    assertThat(LIST.entries().stream().flatMap(e -> e.countries().stream()).distinct().sorted())
        .containsExactly("BY", "CN", "CU", "IR", "KH", "KP", "MM", "RU", "SY", "VE");

    ListEntry gru = ListFixtures.named(LIST, "Main Intelligence Directorate");
    assertThat(gru.id()).isEqualTo("line-8");
    assertThat(gru.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(gru.aliases()).containsExactly(new EntryName("GRU", EntryName.Kind.ALIAS));
    assertThat(gru.countries()).containsExactly("RU");
    assertThat(gru.programs()).containsExactly("US-BIS-MIEU");
    assertThat(gru.listedFrom()).isEqualTo(LocalDate.of(2021, 3, 16));
    assertThat(gru.listedUntil()).isNull();
  }
}
