package dev.spillover.formats.bods;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file of Beneficial Ownership Data Standard 0.4 statements (Open Ownership): a JSON
 * array of statements (a BODS package) or JSON Lines, one statement per line.
 *
 * <p>Every statement is first validated against the BODS 0.4 JSON Schema bundled with Spillover
 * (no network). Loading is all or nothing: when any statement is invalid, an {@link
 * InputException} lists one problem per error, with the file, the line and column, the
 * statement's index, the JSON path of the value (for example {@code
 * $[0].recordDetails.addresses[0].type}), the property, the value found and what was expected;
 * nothing is written to the assembler then.
 *
 * <p>The mapping, in short (the full table is in {@code docs/formats/bods.md}):
 *
 * <ul>
 *   <li>Entity statements become {@link dev.spillover.model.Organization}s: id = {@code recordId},
 *       name, alternate names (and the names of earlier statements) as aliases, identifiers by
 *       lower-case scheme, the jurisdiction's country as the place of incorporation, the first
 *       business address's country as the principal place of business, {@code state} and
 *       {@code stateBody} as type state body. An entity is state-owned when a state or state body
 *       of the same file is declared to hold more than half of its shares or votes.
 *   <li>Person statements become {@link dev.spillover.model.Person}s: the first full name is the
 *       name, the others aliases; nationalities and the residence's country by ISO code.
 *   <li>Relationship statements become one edge per interest, from the interested party to the
 *       subject: {@code shareholding} owns (equity), {@code votingRights} owns (voting), with the
 *       share's bounds; control interests become controls edges of a fitting type. Interests with
 *       an unspecified interested party are skipped, as are indirect interests whose components
 *       the statement lists (the component relationships carry them). An edge holds from the
 *       interest's {@code startDate} until the day after its {@code endDate}. Edge ids are {@code
 *       FILE#statementId#interestIndex}.
 *   <li>Later statements about a record supersede earlier ones: a node takes the latest
 *       statement's details; each relationship statement's edges hold until the next statement
 *       about the record; a closed record's edges end with it.
 *   <li>Each publisher in the file is a source ({@code bods:FILE}); facts are declared as of their
 *       statement's date. Ends of relationships that the file does not define are passed to
 *       {@link EstateAssembler#reference}, so a file of relationships alone still loads.
 * </ul>
 *
 * <p>Hostile input is refused with a problem: files over 64 MiB, nesting deeper than 64 levels,
 * duplicate keys, input that is not JSON (with its line and column).
 */
public final class BodsImporter implements Importer {
  /** The most problems listed; a file with more is summed up in one more problem. */
  static final int MAX_PROBLEMS = 100;

  /**
   * Reads {@code input} into {@code into}.
   *
   * @throws InputException listing every problem, with file and place; nothing is written then
   * @throws UncheckedIOException when the file cannot be read
   */
  @Override
  public void read(Path input, EstateAssembler into) {
    String where = input.toString();
    String fileName = input.getFileName() == null ? where : input.getFileName().toString();
    byte[] bytes = bytes(input, where, into);
    StatementReader.Statements statements = StatementReader.read(bytes, where);
    ArrayNode array = JsonNodeFactory.instance.arrayNode(statements.list().size());
    array.addAll(statements.list());
    List<Flaw> flaws = BodsSchema.validate(array);
    StatementMapper.Mapped mapped = null;
    if (flaws.isEmpty()) {
      mapped = new StatementMapper(fileName).map(statements.list());
      flaws = mapped.flaws();
    }
    if (!flaws.isEmpty()) {
      throw new InputException(problems(where, bytes, statements.sequence(), flaws));
    }
    into.input(where);
    mapped.sources().forEach(into::source);
    mapped.nodes().forEach(node -> into.node(node, where));
    mapped.references().forEach(r -> into.reference(r.id(), r.kind(), r.provenance()));
    mapped.edges().forEach(edge -> into.edge(edge, where));
  }

  /**
   * True when {@code head}, the first bytes of a file, looks like BODS: JSON whose first
   * statement (the first element of an array, or the first object of JSON Lines) has a {@code
   * statementId} and a {@code recordType} (0.4) or {@code statementType} (0.2, 0.3). A head cut
   * short is judged on the fields it holds. Never throws; false for null.
   */
  public static boolean looksLikeBods(byte[] head) {
    if (head == null) {
      return false;
    }
    boolean statementId = false;
    boolean type = false;
    try (JsonParser p = StatementReader.FACTORY.createParser(head)) {
      JsonToken token = p.nextToken();
      if (token == JsonToken.START_ARRAY) {
        token = p.nextToken();
      }
      if (token != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME && !(statementId && type)) {
        String name = p.currentName();
        statementId |= "statementId".equals(name);
        type |= "recordType".equals(name) || "statementType".equals(name);
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // A head cut short in the middle of the first statement: judge by what was read.
    }
    return statementId && type;
  }

  private static byte[] bytes(Path input, String where, EstateAssembler into) {
    try {
      long size = Files.size(input);
      if (size > StatementReader.MAX_BYTES) {
        throw new InputException(new Problem(where, 0, 0, "the file has " + size + " bytes, more than the "
            + (StatementReader.MAX_BYTES >> 20) + " MiB a BODS file may have; split it into several files"));
      }
      try (java.io.InputStream in = into.open(input)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where, e);
    }
  }

  private static List<Problem> problems(String where, byte[] bytes, boolean sequence, List<Flaw> flaws) {
    List<Flaw> shown = flaws.subList(0, Math.min(flaws.size(), MAX_PROBLEMS));
    Set<String> pointers = new HashSet<>();
    shown.forEach(f -> pointers.add(f.pointer()));
    Map<String, JsonLocator.Position> positions = JsonLocator.locate(bytes, sequence, pointers);
    List<Problem> problems = new ArrayList<>();
    for (Flaw flaw : shown) {
      JsonLocator.Position at = positions.get(flaw.pointer());
      problems.add(new Problem(where, at == null ? 0 : at.line(), at == null ? 0 : at.column(), flaw.message()));
    }
    if (flaws.size() > shown.size()) {
      problems.add(new Problem(where, 0, 0, flaws.size() + " problems in all, only the first " + MAX_PROBLEMS
          + " are listed"));
    }
    return problems;
  }
}
