package dev.spillover.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.spillover.input.InputException;
import dev.spillover.screening.list.csl.CslReader;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.us.FccCoveredListReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile CSV and text input: refused quickly, with a bounded report, never hanging or exhausting memory. */
class HostileListInputTest {
  private static final String CSL_HEADER = "source,entity_number,type,programs,name,addresses,federal_register_notice,"
      + "start_date,end_date,alt_names,ids\n";

  @TempDir
  Path dir;

  private static InputException refused(Runnable read) {
    InputException[] thrown = new InputException[1];
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      thrown[0] = catchThrowableOfType(InputException.class, read::run);
    });
    assertThat(thrown[0]).as("an InputException").isNotNull();
    return thrown[0];
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws IOException {
    Path huge = dir.resolve("csl.csv");
    Files.writeString(huge, CSL_HEADER);
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(ListFile.MAX_BYTES + 1); // sparse: no disk is used
    }

    InputException e = refused(() -> CslReader.read(huge));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("file is " + (ListFile.MAX_BYTES + 1) + " bytes long, expected at most " + ListFile.MAX_BYTES
            + " for a restricted-party list; refused"));
  }

  @Test
  void aQuoteNeverClosedIsOneProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("csl.csv"), CSL_HEADER + "EL,,,,\"Huawei" + "\nmore text,".repeat(200_000));

    InputException e = refused(() -> CslReader.read(file));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not well-formed CSV"));
  }

  @Test
  void aQuarterMillionBadRowsGiveABoundedReport() throws IOException {
    Path file = Files.writeString(dir.resolve("csl.csv"), CSL_HEADER + "bad\n".repeat(250_000));

    InputException e = refused(() -> CslReader.read(file));

    assertThat(e.problems()).hasSize(ListFile.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(ListFile.MAX_PROBLEMS).message()).isEqualTo("more than 100 problems; the rest are not listed");
  }

  @Test
  void proseFarLongerThanTheFccWritesIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("fcc.csv"), "covered_equipment_or_services,date_of_inclusion_on_covered_list\n"
        + "\"" + "equipment produced by ".repeat(100_000) + "\",\"March 12, 2021\"\n");

    InputException e = refused(() -> FccCoveredListReader.read(file));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("covered equipment or services is 2199999 characters long, expected at most 20000; refused"));
  }
}
