package dev.spillover.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded CycloneDX 1.6 JSON SBOMs for benchmarks and tests, drawn from a shared universe of
 * components: realistic package URLs across maven (50 %), npm (35 %) and pypi (15 %); about 10 % of
 * components name a supplier, 2 % a manufacturer, and one in 500 comes from a vendor the bundled
 * {@code ndaa-889} pack lists (Huawei, Hikvision: their manufacturer), so that {@code spillover
 * check} has findings. Dependencies point from a component to components of lower rank, chosen by
 * a Zipf law on rank (exponent 1.1): a power-law fan-in, the most popular components depended on
 * most, and no cycles.
 *
 * <p>Same arguments, same bytes: everything comes from one {@link Random} seeded by the caller.
 */
public final class SbomGenerator {
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "po", "ru", "sa", "te", "vi", "zo", "bar",
      "core", "data", "flux", "gen", "http", "json", "log", "net", "util", "web", "xml", "yaml", "io"};
  private static final String[] SUPPLIERS = {"Apache Software Foundation", "Eclipse Foundation", "OpenJS Foundation",
      "Python Software Foundation", "Example Cloud Inc.", "Contoso Ltd", "Initech GmbH", "Globex Corporation"};
  private static final String[] MANUFACTURERS = {"Acme Devices Ltd", "Umbrella Electronics"};
  private static final String[] LISTED = {"Huawei Technologies Co., Ltd.", "Hangzhou Hikvision Digital Technology Co., Ltd."};

  /** One component of the universe. */
  record Part(String purl, String name, String version, String supplier, String manufacturer) {}

  private final Part[] universe;

  /** A universe of {@code size} components, from {@code seed}. */
  public SbomGenerator(int size, long seed) {
    Random random = new Random(seed);
    universe = new Part[size];
    for (int i = 0; i < size; i++) {
      universe[i] = part(i, random);
    }
  }

  int size() {
    return universe.length;
  }

  Part part(int rank) {
    return universe[rank];
  }

  private static Part part(int rank, Random random) {
    String name = word(random) + "-" + word(random) + "-" + rank;
    String version = random.nextInt(5) + "." + random.nextInt(20) + "." + random.nextInt(10);
    double type = random.nextDouble();
    String purl;
    if (type < 0.5) {
      purl = "pkg:maven/org." + word(random) + "/" + name + "@" + version;
    } else if (type < 0.85) {
      purl = "pkg:npm/" + name + "@" + version;
    } else {
      purl = "pkg:pypi/" + name + "@" + version;
    }
    String supplier = random.nextDouble() < 0.10 ? SUPPLIERS[random.nextInt(SUPPLIERS.length)] : null;
    String manufacturer = null;
    double m = random.nextDouble();
    if (m < 0.002) {
      manufacturer = LISTED[random.nextInt(LISTED.length)];
    } else if (m < 0.02) {
      manufacturer = MANUFACTURERS[random.nextInt(MANUFACTURERS.length)];
    }
    return new Part(purl, name, version, supplier, manufacturer);
  }

  private static String word(Random random) {
    return SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
  }

  /** A rank in {@code [0, bound)} drawn by a Zipf-like law (continuous power law, exponent 1.1). */
  static int zipf(Random random, int bound) {
    double s = 1.1;
    double u = random.nextDouble();
    double max = Math.pow(bound + 1, 1 - s);
    double x = Math.pow(1 + u * (max - 1), 1 / (1 - s));
    return Math.min(bound - 1, Math.max(0, (int) x - 1));
  }

  /** What {@link #sbom} wrote: its component and dependency-edge counts. */
  public record Counts(int components, int edges) {}

  /**
   * Writes one SBOM of project {@code project} with {@code components} distinct components of the
   * universe (the most popular ranks more likely) and {@code edges} distinct dependency edges between
   * them (the project itself depends on the components nothing else depends on).
   */
  public Counts sbom(String project, int components, int edges, long seed, Path file) throws IOException {
    if (components > universe.length) {
      throw new IllegalArgumentException(components + " components asked of a universe of " + universe.length);
    }
    Random random = new Random(seed);
    // The components, in order of rank: position 0 is the most popular of them.
    Set<Integer> chosen = new HashSet<>();
    while (chosen.size() < components) {
      chosen.add(chosen.size() < components / 2 ? zipf(random, universe.length) : random.nextInt(universe.length));
    }
    int[] ranks = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    long maxEdges = (long) components * (components - 1) / 2;
    if (edges > maxEdges) {
      throw new IllegalArgumentException(edges + " edges cannot join " + components + " components without cycles");
    }
    // Edge from position a to b < a (b chosen by the power law): a DAG.
    Set<Long> seen = new HashSet<>();
    List<List<Integer>> out = new ArrayList<>(components);
    for (int i = 0; i < components; i++) {
      out.add(new ArrayList<>());
    }
    boolean[] depended = new boolean[components];
    while (seen.size() < edges) {
      int a = 1 + random.nextInt(components - 1);
      int b = zipf(random, a);
      if (seen.add((long) a * components + b)) {
        out.get(a).add(b);
        depended[b] = true;
      }
    }
    StringBuilder json = new StringBuilder(components * 200 + edges * 60);
    json.append("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n")
        .append("  \"serialNumber\": \"urn:uuid:").append(new java.util.UUID(seed, project.hashCode())).append("\",\n")
        .append("  \"version\": 1,\n  \"metadata\": {\n    \"timestamp\": \"2025-01-01T00:00:00Z\",\n")
        .append("    \"component\": {\"type\": \"application\", \"bom-ref\": \"app\", \"name\": \"").append(project)
        .append("\", \"version\": \"1.0.0\", \"purl\": \"pkg:maven/com.example.portfolio/").append(project)
        .append("@1.0.0\"}\n  },\n  \"components\": [");
    for (int i = 0; i < components; i++) {
      Part part = universe[ranks[i]];
      json.append(i == 0 ? "\n" : ",\n").append("    {\"type\": \"library\", \"bom-ref\": \"").append(part.purl)
          .append("\", \"name\": \"").append(part.name).append("\", \"version\": \"").append(part.version)
          .append("\", \"purl\": \"").append(part.purl).append('"');
      if (part.supplier != null) {
        json.append(", \"supplier\": {\"name\": \"").append(part.supplier).append("\"}");
      }
      if (part.manufacturer != null) {
        json.append(", \"manufacturer\": {\"name\": \"").append(part.manufacturer).append("\"}");
      }
      json.append('}');
    }
    json.append("\n  ],\n  \"dependencies\": [\n    {\"ref\": \"app\", \"dependsOn\": [");
    boolean first = true;
    for (int i = 0; i < components; i++) {
      if (!depended[i]) {
        json.append(first ? "" : ", ").append('"').append(universe[ranks[i]].purl).append('"');
        first = false;
      }
    }
    json.append("]}");
    for (int a = 0; a < components; a++) {
      json.append(",\n    {\"ref\": \"").append(universe[ranks[a]].purl).append("\", \"dependsOn\": [");
      int[] targets = out.get(a).stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int k = 0; k < targets.length; k++) {
        json.append(k == 0 ? "" : ", ").append('"').append(universe[ranks[targets[k]]].purl).append('"');
      }
      json.append("]}");
    }
    json.append("\n  ]\n}\n");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, json);
    return new Counts(components, edges);
  }

  /**
   * Writes {@code count} SBOMs into {@code dir} ({@code project-00001.cdx.json}, …), each with a
   * log-uniform number of components between 20 and 400 and about three edges per component,
   * all drawn from this universe.
   *
   * @return the total components and edges written
   */
  public Counts portfolio(Path dir, int count, long seed) throws IOException {
    Random random = new Random(seed);
    int components = 0;
    int edges = 0;
    for (int p = 1; p <= count; p++) {
      int n = (int) Math.round(Math.exp(Math.log(20) + random.nextDouble() * (Math.log(400) - Math.log(20))));
      int e = Math.min(3 * n, n * (n - 1) / 2);
      String project = String.format(java.util.Locale.ROOT, "project-%05d", p);
      Counts written = sbom(project, n, e, random.nextLong(), dir.resolve(project + ".cdx.json"));
      components += written.components();
      edges += written.edges();
    }
    return new Counts(components, edges);
  }

  /** The package URL of the component of rank {@code rank}, without version. */
  public String versionless(int rank) {
    String purl = universe[rank].purl;
    return purl.substring(0, purl.lastIndexOf('@'));
  }

  @Override
  public String toString() {
    return "SbomGenerator" + Arrays.asList(universe.length);
  }
}
