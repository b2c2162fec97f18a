package dev.spillover.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundledFolderTest {
  private final ClassLoader loader = BundledFolderTest.class.getClassLoader();

  @Test
  void listsTheIndexInOrderWithoutCommentsOrBlankLinesAndReadsItsFiles() {
    BundledFolder folder = new BundledFolder("bundled-test", loader);
    assertThat(folder.names()).containsExactly("first", "second");
    assertThat(folder.text("first.yaml")).isEqualTo("hello: world\n");
    assertThat(folder.text("second.yaml")).isNull();
  }

  @Test
  void aMissingIndexIsABrokenBuild() {
    assertThatThrownBy(() -> new BundledFolder("no-such-folder/", loader).names())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no-such-folder/index.txt is missing from the classpath: the build is broken");
  }
}
