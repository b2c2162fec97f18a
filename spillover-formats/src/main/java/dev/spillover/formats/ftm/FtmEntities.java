package dev.spillover.formats.ftm;

import dev.spillover.formats.ReadProgress;
import dev.spillover.input.InputException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entities of an FtM file as plain values, for readers that map FtM their own way (the
 * restricted-party lists of {@code spillover-screening}) rather than into an estate as
 * {@link FtmImporter} does. The file is read as {@link FtmImporter} reads it: line-delimited or a
 * JSON array, within the same limits, each entity checked for a usable id and schema, each id once.
 */
public final class FtmEntities {
  private FtmEntities() {}

  /**
   * One entity: the line it starts on, its id, schema, caption (null when it has none) and
   * properties, each property's values stripped, non-empty, distinct and in file order (a nested
   * entity given as an object stands for its id).
   */
  public record Entity(int line, String id, String schema, String caption, Map<String, List<String>> properties) {
    public Entity {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(schema, "schema");
      properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The values of {@code property}; empty when it has none. */
    public List<String> values(String property) {
      return properties.getOrDefault(property, List.of());
    }

    /** The first value of {@code property}, or null. */
    public String first(String property) {
      List<String> values = values(property);
      return values.isEmpty() ? null : values.get(0);
    }
  }

  /**
   * Reads every entity of {@code file}, in file order.
   *
   * @throws InputException listing every problem (malformed JSON, an entity without id or schema, an
   *     id used twice, a value of the wrong shape, input beyond the limits), each naming the file as
   *     given and the line; nothing is returned then
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Entity> read(Path file) {
    FtmReader.Limits limits = FtmReader.Limits.DEFAULT;
    ProblemLog problems = new ProblemLog(file.toString(), limits.maxProblems());
    List<Entity> entities = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    new FtmReader(limits).read(file, ReadProgress.NONE, problems, (line, root) -> {
      FtmEntity entity = FtmEntity.of(line, root, problems);
      if (entity == null) {
        return;
      }
      Integer first = lines.putIfAbsent(entity.id, line);
      if (first != null) {
        entity.problem("the id is used again (first at line " + first + "), expected each entity once per file");
        return;
      }
      Map<String, List<String>> properties = new LinkedHashMap<>();
      for (String name : entity.propertyNames()) {
        List<String> values = entity.texts(name);
        if (!values.isEmpty()) {
          properties.put(name, List.copyOf(values));
        }
      }
      entities.add(new Entity(line, entity.id, entity.schema, entity.caption, properties));
    });
    if (problems.size() > 0) {
      throw new InputException(problems.list());
    }
    return List.copyOf(entities);
  }
}
