package dev.spillover.screening.list.internal;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One list file being read: its text and the problems found in it. The text is the file's bytes
 * as UTF-8 (a byte order mark dropped), or as Windows-1252 when they are not valid UTF-8 (older
 * OFAC and BIS downloads), with stray C1 control characters read as the Windows-1252 punctuation they
 * were meant to be; the DOS end-of-file byte (0x1A) that OFAC appends is dropped, with
 * the line breaks around it. Problems name the file as given and the 1-based line; at most
 * {@link #MAX_PROBLEMS} are kept, closed by one saying that more were not listed.
 */
public final class ListFile {
  /**
   * The largest file read, in bytes: far above any list published today (OFAC's SDN CSV files are
   * a few megabytes), and small enough that a file read whole as text cannot exhaust the heap.
   */
  public static final long MAX_BYTES = 128L << 20;

  /** The most problems listed for one file. */
  public static final int MAX_PROBLEMS = 100;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path path;
  private final String text;
  private final int[] lineStarts;
  private final List<Problem> problems = new ArrayList<>();
  private boolean full;

  private ListFile(Path path, String text) {
    this.path = path;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  /**
   * Reads {@code path} whole.
   *
   * @throws InputException when the file is larger than {@link #MAX_BYTES}
   * @throws UncheckedIOException when it cannot be read
   */
  public static ListFile read(Path path) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InputException(new Problem(path.toString(), 0, 0, "file is " + size + " bytes long, expected at most "
            + MAX_BYTES + " for a restricted-party list; refused"));
      }
      return new ListFile(path, decode(Files.readAllBytes(path)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code path} for problems only, its text not read: for a reader that streams the file itself
   * (XML). Its size is checked as {@link #read} checks it.
   *
   * @throws InputException when the file is larger than {@link #MAX_BYTES}
   * @throws UncheckedIOException when its size cannot be read
   */
  public static ListFile streamed(Path path) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InputException(new Problem(path.toString(), 0, 0, "file is " + size + " bytes long, expected at most "
            + MAX_BYTES + " for a restricted-party list; refused"));
      }
      return new ListFile(path, "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** A file of {@code text}, for tests and for files already decoded. */
  public static ListFile of(Path path, String text) {
    return new ListFile(path, text);
  }

  /**
   * The first {@code max} bytes of {@code path}, to recognize its format.
   *
   * @throws UncheckedIOException when it cannot be read
   */
  public static byte[] head(Path path, int max) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(max);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** The first {@code max} characters of a file's head, decoded as {@link #read} decodes whole files. */
  public static String headText(byte[] head) {
    return decode(head);
  }

  /** The bytes as text: UTF-8 without a byte order mark, else Windows-1252; a trailing 0x1A dropped. */
  static String decode(byte[] bytes) {
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      // A head cut in the middle of a UTF-8 sequence lands here too; its last bytes are then
      // shown wrongly, which recognizing a format does not mind.
      text = new String(bytes, from, bytes.length - from, WINDOWS_1252);
    }
    text = windowsPunctuation(text);
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\u001A' || text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
      end--;
    }
    return end == text.length() ? text : text.substring(0, end) + "\n";
  }

  /**
   * {@code text} with C1 control characters (U+0080 to U+009F) replaced by the Windows-1252
   * characters of the same byte: text once decoded as Latin-1 and saved as UTF-8 carries them
   * ({@code HA\u0092Assif} in the CSL is {@code HA’Assif}); no list means a control character.
   */
  static String windowsPunctuation(String text) {
    StringBuilder fixed = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0080' && c <= '\u009F') {
        if (fixed == null) {
          fixed = new StringBuilder(text.length()).append(text, 0, i);
        }
        String replaced = new String(new byte[] {(byte) c}, WINDOWS_1252);
        fixed.append(replaced.charAt(0) == '\uFFFD' ? c : replaced.charAt(0));
      } else if (fixed != null) {
        fixed.append(c);
      }
    }
    return fixed == null ? text : fixed.toString();
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
      if (end) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The file as problems show it: its path as given. */
  public String shown() {
    return path.toString();
  }

  /** The file's name, without its folder. */
  public String name() {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The 1-based line of the character at {@code offset}. */
  public int lineAt(long offset) {
    int index = Arrays.binarySearch(lineStarts, (int) Math.min(Integer.MAX_VALUE, Math.max(0, offset)));
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** Records a problem at {@code line} (zero when unknown). */
  public void problem(int line, String message) {
    problem(line, 0, message);
  }

  /** Records a problem at {@code line} and {@code column} (zero when unknown). */
  public void problem(int line, int column, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new Problem(shown(), line, column, message));
    } else if (!full) {
      full = true;
      problems.add(new Problem(shown(), line, column, "more than " + MAX_PROBLEMS + " problems; the rest are not listed"));
    }
  }

  /** True once {@link #MAX_PROBLEMS} problems are recorded: readers may stop then. */
  public boolean full() {
    return full;
  }

  /** How many problems have been recorded. */
  public int problemCount() {
    return problems.size();
  }

  /** The problems recorded. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Throws an {@link InputException} with every problem recorded, if there is any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }
}
