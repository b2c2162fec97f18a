package dev.spillover.formats.ftm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import dev.spillover.model.Edge;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads FollowTheMoney (FtM) entities, the format of OpenSanctions and Aleph: one JSON object per
 * line ({@code {"id": ..., "schema": ..., "properties": {"name": [...], ...}}}), or a JSON array
 * of such objects. The mapping, in full in {@code docs/formats/followthemoney.md}:
 *
 * <ul>
 *   <li>{@code Company}, {@code Organization}, {@code LegalEntity}, {@code PublicBody} become
 *       {@link dev.spillover.model.Organization}s (type company, other, other, state body) with the
 *       FtM id. The name is the entity's {@code caption} when it is one of its names, else the
 *       first {@code name}; the other names, {@code alias} and {@code previousName} are aliases
 *       ({@code weakAlias} is not: FtM marks weak aliases as unfit for matching). Identifiers: {@code leiCode} as {@code lei}, {@code innCode}
 *       as {@code inn}, {@code ogrnCode} as {@code ogrn}, {@code registrationNumber},
 *       {@code taxNumber}, {@code isinCode} as {@code isin}, {@code swiftBic},
 *       {@code uniqueEntityId} as {@code uei} and others (a second value as {@code inn_2}, ...).
 *       {@code jurisdiction} is the country of incorporation, {@code mainCountry} the principal
 *       place of business, and {@code country} the headquarters only when it names exactly one
 *       country that {@code mainCountry} does not contradict. Codes are upper-cased and kept only
 *       when ISO 3166-1 knows them.
 *   <li>{@code Person} becomes a {@link dev.spillover.model.Person}: {@code nationality} and
 *       {@code citizenship} are the nationalities, a single {@code country} the domicile.
 *   <li>{@code Ownership} becomes an {@code owns} edge from {@code owner} to {@code asset}, with id
 *       {@code <file name>#<entity id>}. {@code percentage} ({@code 50}, {@code 50.0}, {@code 50%},
 *       {@code 50,5}) gives the share, several figures a range, none an unknown share; a figure
 *       that is not a number or lies outside 0 to 100 is a problem. An entity owning itself
 *       (treasury shares) is skipped with a note; cycles are kept.
 *   <li>{@code Sanction} becomes a {@code listed_on} edge from {@code entity} to a
 *       {@link dev.spillover.model.RestrictedList} per authority and program, with id
 *       {@code ftm-list:<authority>/<program>} (slugs).
 *   <li>Edges hold from {@code startDate} (the earliest) until {@code endDate} (the latest,
 *       exclusive). Partial dates ({@code 2019}, {@code 2019-05}) count from the first day of
 *       their period.
 *   <li>Every other schema ({@code Directorship}, {@code Family}, {@code Address},
 *       {@code Passport}, ...) is counted in the {@link Summary} and skipped.
 *   <li>An entity that a relationship names but the file does not hold is
 *       {@linkplain EstateAssembler#reference referenced} as an organization, so that another
 *       input may define it (else it becomes a stub).
 *   <li>Provenance: one {@link Source} per file, {@code ftm:<file name>}; as of the day of the
 *       entity's {@code last_change}, else {@code first_seen}, else its latest {@code modifiedAt},
 *       else the file's modification day (UTC); declared.
 * </ul>
 *
 * <p>All or nothing: malformed JSON, entities without id or schema, ids used twice, empty or
 * missing references, bad dates and percentages, and input beyond the limits (a line over 8 MiB,
 * a string over 1 Mi characters, nesting over 16 levels, a JSON array file over 256 MiB) are
 * reported together, each naming the file (as given), line, entity, value and what was expected,
 * in one {@link InputException} of at most 100 problems; nothing is written then. Instances hold
 * no state between reads and may be shared.
 */
public final class FtmImporter implements Importer {
  /** The longest line accepted, in bytes: one entity. */
  public static final int MAX_LINE_BYTES = FtmReader.Limits.DEFAULT.maxLineBytes();

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_CHARS = FtmReader.Limits.DEFAULT.maxStringChars();

  /** The deepest JSON nesting accepted. */
  public static final int MAX_DEPTH = FtmReader.Limits.DEFAULT.maxDepth();

  private final FtmReader.Limits limits;

  /** An importer with the default limits. */
  public FtmImporter() {
    this(FtmReader.Limits.DEFAULT);
  }

  FtmImporter(FtmReader.Limits limits) {
    this.limits = limits;
  }

  /**
   * What one read found: entities by schema, the schemas skipped with their counts, the nodes and
   * edges written, the ids referenced but not defined in the file, and notes on what was skipped
   * or left unknown.
   */
  public record Summary(Map<String, Integer> entitiesBySchema, Map<String, Integer> skippedBySchema, int nodes,
      int edges, int references, List<String> notes) {
    public Summary {
      entitiesBySchema = Collections.unmodifiableMap(new TreeMap<>(entitiesBySchema));
      skippedBySchema = Collections.unmodifiableMap(new TreeMap<>(skippedBySchema));
      notes = List.copyOf(notes);
    }
  }

  @Override
  public void read(Path input, EstateAssembler into) {
    load(input, into);
  }

  /**
   * Reads {@code input} into {@code into}, as {@link #read} does, and says what was read.
   *
   * @throws InputException listing every problem; nothing has been written to {@code into} then
   * @throws UncheckedIOException when the file cannot be read
   */
  public Summary load(Path input, EstateAssembler into) {
    String where = input.toString();
    String file = input.getFileName() == null ? where : input.getFileName().toString();
    String sourceId = "ftm:" + file;
    ProblemLog problems = new ProblemLog(where, limits.maxProblems());
    EntityMapper mapper = new EntityMapper(file, sourceId, modified(input), problems);
    new FtmReader(limits).read(input, into.progress(), problems, mapper::accept);
    EntityMapper.FtmImport result = mapper.finish();
    if (problems.size() > 0) {
      throw new InputException(problems.list());
    }
    into.input(file);
    into.source(new Source(sourceId, "FollowTheMoney entities in " + file, null, null, null));
    for (Node node : result.nodes()) {
      into.node(node, file);
    }
    result.references().forEach((id, provenance) -> into.reference(id, NodeKind.ORGANIZATION, provenance));
    for (Edge edge : result.edges()) {
      into.edge(edge, file);
    }
    return result.summary();
  }

  /**
   * True when {@code head}, the first bytes of a file, starts with a JSON object (alone, or as the
   * first element of an array) that has a string {@code schema} and an object {@code properties}:
   * an FtM entity. Never throws; a head cut off before both keys are seen gives false.
   */
  public static boolean looksLikeFtm(byte[] head) {
    if (head == null || head.length == 0) {
      return false;
    }
    boolean schema = false;
    boolean properties = false;
    try (JsonParser parser = FtmReader.mapper(FtmReader.Limits.DEFAULT).createParser(head)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY) {
        token = parser.nextToken();
      }
      if (token != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        schema |= "schema".equals(name) && value == JsonToken.VALUE_STRING;
        properties |= "properties".equals(name) && value == JsonToken.START_OBJECT;
        if (schema && properties) {
          return true;
        }
        parser.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static LocalDate modified(Path input) {
    try {
      return LocalDate.ofInstant(Files.getLastModifiedTime(input).toInstant(), ZoneOffset.UTC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
    }
  }
}
