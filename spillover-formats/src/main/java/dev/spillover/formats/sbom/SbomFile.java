package dev.spillover.formats.sbom;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.input.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One SBOM file being read: how problems name it, its bytes (read only after the size check), and
 * the problems found so far. The checks here run before any library sees the input.
 */
final class SbomFile {
  /**
   * The largest SBOM read. The libraries hold a whole document in memory, several times over (text,
   * tree, model), so a limit is what keeps a huge file from exhausting the heap; real SBOMs of large
   * container images stay well below it.
   */
  static final long MAX_BYTES = 64L << 20;

  /** The syntax of a file, told from its first character. */
  enum Syntax { JSON, XML, TEXT }

  private final Path path;
  private final String shown;
  private final Problems problems = new Problems();
  private byte[] bytes;

  SbomFile(Path path) {
    this.path = path;
    this.shown = path.toString();
  }

  /** The file as problems show it: its path as given. */
  String shown() {
    return shown;
  }

  Path path() {
    return path;
  }

  /** The file's name, without folders. */
  String fileName() {
    return path.getFileName() == null ? shown : path.getFileName().toString();
  }

  /**
   * The file's bytes.
   *
   * @throws InputException when the file is larger than {@link #MAX_BYTES} or empty
   * @throws UncheckedIOException when it cannot be read
   */
  byte[] bytes() {
    if (bytes == null) {
      try {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
          throw new InputException(new Problem(shown, 0, 0, "the file has " + size + " bytes, more than the "
              + (MAX_BYTES >> 20) + " MiB an SBOM may have; refused before reading, as broken or hostile input"));
        }
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + shown + ": " + e.getMessage(), e);
      }
      if (syntax(bytes) == null) {
        throw new InputException(new Problem(shown, 1, 1, "the file is empty, expected an SBOM"));
      }
    }
    return bytes;
  }

  /** The date the file was last changed (UTC), for documents that state no date of their own. */
  LocalDate lastModified() {
    try {
      return Files.getLastModifiedTime(path).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the modification time of " + shown, e);
    }
  }

  void problem(int line, int column, String message) {
    problems.add(new Problem(shown, Math.max(line, 0), Math.max(column, 0), message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Throws every problem recorded, if any. */
  void throwIfAny() {
    problems.throwIfAny();
  }

  /**
   * The syntax of {@code head}, told from the first character after a byte-order mark (UTF-8 or
   * UTF-16) and white space: '&lt;' XML, '{' or '[' JSON, anything else text; null when there is
   * nothing but white space.
   */
  static Syntax syntax(byte[] head) {
    String text = prefix(head, 256);
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= text.length()) {
      return head.length > 256 ? Syntax.TEXT : null;
    }
    return switch (text.charAt(i)) {
      case '<' -> Syntax.XML;
      case '{', '[' -> Syntax.JSON;
      default -> Syntax.TEXT;
    };
  }

  /** The first {@code max} bytes of {@code head} as text: UTF-16 after its byte-order mark, UTF-8 otherwise. */
  static String prefix(byte[] head, int max) {
    int length = Math.min(head.length, max);
    boolean utf16 = length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
        || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE);
    return new String(head, 0, length, utf16 ? java.nio.charset.StandardCharsets.UTF_16
        : java.nio.charset.StandardCharsets.UTF_8);
  }
}
