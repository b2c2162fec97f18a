package dev.spillover.formats;

import dev.spillover.formats.estate.EstateFolderImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The input formats Spillover reads, one constant per format, each recognizing its inputs from
 * their content (never from the file name) and naming its importer.
 */
public enum InputFormat {
  ESTATE("Spillover estate folder (YAML)", EstateFolderImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isDirectory(input);
    }
  };

  /** How many bytes of a file are read to recognize its format. */
  static final int HEAD_BYTES = 64 * 1024;

  private final String description;
  private final Supplier<Importer> importer;

  InputFormat(String description, Supplier<Importer> importer) {
    this.description = description;
    this.importer = importer;
  }

  abstract boolean recognizes(Path input, byte[] head);

  public String description() {
    return description;
  }

  public Importer importer() {
    return importer.get();
  }

  /**
   * The format of {@code input}, recognized from its content (a folder is an estate).
   *
   * @return null when no format recognizes it
   * @throws UncheckedIOException when the file cannot be read
   */
  public static InputFormat detect(Path input) {
    byte[] head = new byte[0];
    if (Files.isRegularFile(input)) {
      try (InputStream in = Files.newInputStream(input)) {
        head = in.readNBytes(HEAD_BYTES);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + input, e);
      }
    }
    for (InputFormat format : values()) {
      if (format.recognizes(input, head)) {
        return format;
      }
    }
    return null;
  }

  /** The formats, described, for messages. */
  public static String supported() {
    return String.join("; ", Arrays.stream(values()).map(InputFormat::description).toList());
  }
}
