package dev.spillover.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadProgressTest {
  @TempDir
  Path dir;

  @Test
  void reportsTheOpeningEveryStepAndTheEndOnce() throws IOException {
    Path file = dir.resolve("big.bin");
    Files.write(file, new byte[3 * ReadProgress.STEP + 10]);
    List<long[]> reports = new ArrayList<>();
    try (InputStream in = ReadProgress.open(file, (f, done, total) -> reports.add(new long[] {done, total}))) {
      byte[] buffer = new byte[8192];
      while (in.read(buffer) >= 0) {
        // read it all
      }
      in.read(); // past the end again: no second final report
    }
    long total = 3L * ReadProgress.STEP + 10;
    assertThat(reports).extracting(r -> r[1]).containsOnly(total);
    assertThat(reports).extracting(r -> r[0])
        .containsExactly(0L, (long) ReadProgress.STEP, 2L * ReadProgress.STEP, 3L * ReadProgress.STEP, total);
  }

  @Test
  void singleBytesAndSkipsCountToo() throws IOException {
    Path file = dir.resolve("small.txt");
    Files.writeString(file, "abcdef");
    List<Long> done = new ArrayList<>();
    try (InputStream in = ReadProgress.open(file, (f, d, t) -> done.add(d))) {
      assertThat(in.read()).isEqualTo('a');
      assertThat(in.skip(2)).isEqualTo(2);
      assertThat(in.readAllBytes()).hasSize(3);
    }
    assertThat(done).containsExactly(0L, 6L);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "followthemoney/zala_entities.ftm.json",
      "gleif/lei-cdf/20180901-gleif-concatenated-file-lei2-Top10.xml",
      "bods/examples/bods-package-entity-owning-entity.json"})
  void theImportersReadTheirFilesThroughTheAssemblersProgress(String data) throws IOException {
    Path input = Path.of("..", "..", "shared", "data").resolve(data);
    List<Long> opened = new ArrayList<>();
    List<Long> ends = new ArrayList<>();
    Inputs.load(List.of(input), "t", (file, done, total) -> {
      assertThat(file).isEqualTo(input);
      if (done == 0) {
        opened.add(total);
      }
      if (done == total) {
        ends.add(total);
      }
    });
    assertThat(opened).containsExactly(Files.size(input));
    assertThat(ends).containsExactly(Files.size(input));
  }
}
