package dev.spillover.screening.list.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFileTest {
  @Test
  void theDosEndOfFileByteAndAByteOrderMarkAreDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = new String(bom, StandardCharsets.ISO_8859_1) + "a,b\r\n\u001A";

    assertThat(ListFile.decode(text.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("a,b\n");
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252() {
    byte[] latin = "Société Générale".getBytes(java.nio.charset.Charset.forName("windows-1252"));

    assertThat(ListFile.decode(latin)).isEqualTo("Société Générale");
  }

  @Test
  void c1ControlCharactersBecomeTheWindowsPunctuationTheyWere() {
    assertThat(ListFile.windowsPunctuation("HA\u0092Assif \u0093x\u0094")).isEqualTo("HA’Assif “x”");
    assertThat(ListFile.windowsPunctuation("plain")).isSameAs("plain");
  }

  @Test
  void linesAreCountedOverLfCrlfAndCr() {
    ListFile file = ListFile.of(Path.of("x.csv"), "a\nb\r\nc\rd");

    assertThat(List.of(file.lineAt(0), file.lineAt(2), file.lineAt(5), file.lineAt(7)))
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void problemsAreBoundedAndTheLastSaysSo() {
    ListFile file = ListFile.of(Path.of("x.csv"), "");
    for (int i = 1; i <= 1_000; i++) {
      file.problem(i, "bad");
    }

    assertThat(file.problems()).hasSize(ListFile.MAX_PROBLEMS + 1);
    assertThat(file.problems().get(ListFile.MAX_PROBLEMS).message()).isEqualTo("more than 100 problems; the rest are not listed");
    assertThat(file.full()).isTrue();
  }
}
