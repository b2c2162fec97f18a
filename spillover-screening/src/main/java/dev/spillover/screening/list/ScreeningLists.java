package dev.spillover.screening.list;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.ofac.OfacCsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads restricted-party lists as their publishers ship them: the entry point of this package.
 *
 * <pre>{@code
 * List<ScreeningList> lists = ScreeningLists.load(List.of(Path.of("lists/ofac-sdn"), Path.of("lists/dpl.txt")));
 * }</pre>
 */
public final class ScreeningLists {
  /** The deepest folder level searched below an input folder. */
  public static final int MAX_FOLDER_DEPTH = 8;

  /** The most files read from one input folder. */
  public static final int MAX_FILES = 10_000;

  private ScreeningLists() {}

  /**
   * Reads every list in {@code inputs}, in order. An input is a list file or a folder: every
   * regular file below a folder (hidden ones, whose names start with a dot, left out), in name
   * order, must be a list. Each file's format is recognized from its content ({@link ListFormat});
   * OFAC's companion files (alt.csv, add.csv, sdn_comments.csv and the cons_ ones) are read with
   * their main file, which may be given alone. A file given twice, directly and through its folder,
   * is read once.
   *
   * <p>All or nothing: every problem of every input (missing, of no known format, an OFAC companion
   * without its main file, a problem inside a list, two lists with the same id) is collected and
   * thrown together.
   *
   * @return one list per list file, each with its stable id ({@code ofac-sdn}, {@code us-csl}, ...)
   * @throws InputException listing every problem, each naming its file and place; nothing is
   *     returned then
   * @throws UncheckedIOException when a file or folder cannot be read
   */
  public static List<ScreeningList> load(List<Path> inputs) {
    List<Problem> problems = new ArrayList<>();
    Set<Path> files = new LinkedHashSet<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(new Problem(input.toString(), 0, 0, "no such file or folder, expected a restricted-party list "
            + "or a folder of them"));
      } else if (Files.isDirectory(input)) {
        List<Path> found = filesIn(input);
        if (found.isEmpty()) {
          problems.add(new Problem(input.toString(), 0, 0, "folder holds no files, expected restricted-party lists"));
        } else if (found.size() > MAX_FILES) {
          problems.add(new Problem(input.toString(), 0, 0, "folder holds more than " + MAX_FILES
              + " files, expected at most that many lists; refused"));
        } else {
          found.forEach(f -> files.add(f.normalize()));
        }
      } else {
        files.add(input.normalize());
      }
    }
    Set<Path> real = new LinkedHashSet<>();
    Map<Path, ListFormat> formats = new LinkedHashMap<>();
    for (Path file : files) {
      if (!real.add(realPath(file))) {
        continue;
      }
      byte[] head = ListFile.head(file, ListFormat.HEAD_BYTES);
      ListFormat format = ListFormat.detect(head);
      if (format != null) {
        formats.put(file, format);
      } else if (OfacCsvReader.recognizesCompanion(head) && OfacCsvReader.mainFileOf(file) != null) {
        Path main = OfacCsvReader.mainFileOf(file);
        if (!files.contains(main.normalize()) && !real.contains(realPath(main))) {
          problems.add(new Problem(file.toString(), 0, 0, "an OFAC companion file (aliases, addresses or remarks "
              + "continued), expected with its main file: give " + main + " or the folder holding both"));
        }
      } else {
        problems.add(new Problem(file.toString(), 0, 0, "not a restricted-party list Spillover reads, expected one "
            + "of: " + ListFormat.supported()));
      }
    }
    List<ScreeningList> lists = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    for (Map.Entry<Path, ListFormat> entry : formats.entrySet()) {
      try {
        ScreeningList list = entry.getValue().read(entry.getKey());
        Path first = ids.putIfAbsent(list.id(), entry.getKey());
        if (first != null) {
          problems.add(new Problem(entry.getKey().toString(), 0, 0, "holds list " + list.id() + ", which "
              + first + " holds too, expected each list once"));
        }
        lists.add(list);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(lists);
  }

  private static List<Path> filesIn(Path folder) {
    try (Stream<Path> walk = Files.walk(folder, MAX_FOLDER_DEPTH)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !hiddenFolder(folder, p))
          .limit(MAX_FILES + 1L)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /** True when a folder between {@code folder} and {@code file} is hidden. */
  private static boolean hiddenFolder(Path folder, Path file) {
    Path relative = folder.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
