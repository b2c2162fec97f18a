package dev.spillover.bench.jmh;

import dev.spillover.bench.SbomGenerator;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.pack.PackCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process cost of {@code spillover check} on the generated SBOM of 10,000 components and
 * 50,000 dependency edges, beside its floor, the bare library parse of the same bytes:
 *
 * <pre>
 * java -jar spillover-bench/target/benchmarks.jar SbomCheckBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 *
 * {@code bareParse}: cyclonedx-core-java's {@code JsonParser.parse}; {@code parseAndValidate}: its
 * schema validation, then the parse; {@code assessment}: what {@code check} does in process
 * ({@code SbomImporter.load}: guard, validation, parse, mapping; the estate; every bundled pack
 * applied as of 2025-01-01), without writing a report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class SbomCheckBenchmark {
  private Path file;
  private byte[] bytes;
  private List<Pack> packs;
  // One parser for the run, as an application would keep it: its mapper builds its deserializers
  // once. A new parser per call measures that construction as well as the parse.
  private final JsonParser parser = new JsonParser();

  @Setup(Level.Trial)
  public void generate() throws Exception {
    file = Files.createTempFile("spillover-bench", ".cdx.json");
    new SbomGenerator(20_000, 42).sbom("big-application", 10_000, 50_000, 42, file);
    bytes = Files.readAllBytes(file);
    packs = PackCatalog.bundledNames().stream().map(PackCatalog::resolve).toList();
  }

  @Benchmark
  public Object bareParse() throws Exception {
    return parser.parse(bytes);
  }

  @Benchmark
  public Object parseAndValidate() throws Exception {
    if (!parser.validate(bytes, Version.VERSION_16).isEmpty()) {
      throw new IllegalStateException("the generated SBOM is not valid");
    }
    return parser.parse(bytes);
  }

  @Benchmark
  public Object assessment() {
    EstateAssembler assembler = new EstateAssembler();
    SbomInventory inventory = new SbomImporter().load(file, assembler);
    Estate estate = assembler.build(file.toString());
    AssessmentResult result = Assessment.run(estate, packs, LocalDate.of(2025, 1, 1), done -> {});
    return result.only(finding -> inventory.contains(finding.subject().id()) || !finding.evidence().isEmpty());
  }
}
