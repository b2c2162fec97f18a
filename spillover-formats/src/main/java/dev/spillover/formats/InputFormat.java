package dev.spillover.formats;

import dev.spillover.formats.bods.BodsImporter;
import dev.spillover.formats.estate.EstateFolderImporter;
import dev.spillover.formats.ftm.FtmImporter;
import dev.spillover.formats.gleif.GleifImporter;
import dev.spillover.formats.sbom.CycloneDxImporter;
import dev.spillover.formats.sbom.SpdxImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The input formats Spillover reads, one constant per format, each recognizing its inputs from
 * their content (never from the file name; a folder is an estate when it holds YAML files, GLEIF
 * data when it holds GLEIF files) and naming its importer. The first format that recognizes an
 * input reads it.
 */
public enum InputFormat {
  ESTATE("Spillover estate folder (YAML)", EstateFolderImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isDirectory(input) && anyFile(input, InputFormat::isYaml);
    }
  },
  BODS("BODS 0.4 statements (JSON or JSON Lines)", BodsImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isRegularFile(input) && BodsImporter.looksLikeBods(head);
    }
  },
  GLEIF("GLEIF LEI-CDF, RR-CDF or reporting-exception XML, or GLEIF API JSON (a file, or a folder of them)",
      GleifImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isRegularFile(input)
          ? GleifImporter.looksLikeGleif(head)
          : anyFile(input, file -> GleifImporter.looksLikeGleif(head(file)));
    }
  },
  FTM("FollowTheMoney entities (JSON Lines)", FtmImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isRegularFile(input) && FtmImporter.looksLikeFtm(head);
    }
  },
  CYCLONEDX("CycloneDX SBOM (JSON 1.2 to 1.6, XML 1.0 to 1.6)", CycloneDxImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isRegularFile(input) && CycloneDxImporter.looksLikeCycloneDx(head);
    }
  },
  SPDX("SPDX 2.2 or 2.3 SBOM (JSON or tag-value)", SpdxImporter::new) {
    @Override
    boolean recognizes(Path input, byte[] head) {
      return Files.isRegularFile(input) && SpdxImporter.looksLikeSpdx(head);
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
    byte[] head = Files.isRegularFile(input) ? head(input) : new byte[0];
    for (InputFormat format : values()) {
      if (format.recognizes(input, head)) {
        return format;
      }
    }
    return null;
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** True when some regular file below {@code folder} (eight levels at most) satisfies {@code test}. */
  private static boolean anyFile(Path folder, java.util.function.Predicate<Path> test) {
    try (java.util.stream.Stream<Path> files = Files.walk(folder, 8)) {
      return files.filter(Files::isRegularFile).limit(10_000).anyMatch(test);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The formats, described, for messages. */
  public static String supported() {
    return String.join("; ", Arrays.stream(values()).map(InputFormat::description).toList());
  }
}
