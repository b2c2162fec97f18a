package dev.spillover.screening.list.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
  @Test
  void eachRowKnowsTheLineItStartsOnThroughQuotedLineBreaksAndBlankLines() {
    ListFile file = ListFile.of(Path.of("x.csv"), "a,b\n\n\"multi\nline\",c\r\nd,\"say \"\"hi\"\"\"\n");

    List<CsvRows.Row> rows = CsvRows.read(file, CsvRows.COMMA);

    assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 3, 5);
    assertThat(rows.get(1).cell(0)).isEqualTo("multi\nline");
    assertThat(rows.get(2).cell(1)).isEqualTo("say \"hi\"");
    assertThat(rows.get(2).cell(7)).isEmpty();
    assertThat(file.problems()).isEmpty();
  }

  @Test
  void aQuoteLeftOpenIsOneProblemAndTheRowsBeforeItAreKept() {
    ListFile file = ListFile.of(Path.of("x.csv"), "a,b\nc,\"d\ne,f\n");

    List<CsvRows.Row> rows = CsvRows.read(file, CsvRows.COMMA);

    assertThat(rows).hasSize(1);
    assertThat(file.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("x.csv");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).startsWith("not well-formed CSV: ").contains("expected every quoted field closed");
    });
  }

  @Test
  void headersAreFoundByNameWhateverTheirOrderAndCase() {
    ListFile file = ListFile.of(Path.of("x.csv"), " Name ,SOURCE\nHuawei,EL\n");
    List<CsvRows.Row> rows = CsvRows.read(file, CsvRows.COMMA);

    CsvRows.Header header = CsvRows.Header.of(file, rows.get(0), List.of("source", "name"));

    assertThat(header.get(rows.get(1), "name")).isEqualTo("Huawei");
    assertThat(header.get(rows.get(1), "Source")).isEqualTo("EL");
    assertThat(header.has("_id")).isFalse();
    assertThat(CsvRows.Header.of(file, rows.get(0), List.of("source", "name", "ids"))).isNull();
    assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("header lacks column 'ids', expected a header naming source, name, ids"));
  }
}
