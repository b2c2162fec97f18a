package dev.spillover.formats.origin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our Android SDK fingerprints against LibChecker-Rules in {@code ../shared/data/libchecker-rules}
 * (Apache-2.0; read where they are, never copied into the tables): every LibChecker rule whose
 * class name one of our class prefixes covers should name our vendor as its {@code team}. The
 * tables were sourced independently, so agreement here is a check, and a disagreement is listed
 * rather than hidden.
 */
class OriginAgainstLibCheckerTest {
  private static final Path RULES = Path.of("..", "..", "shared", "data", "libchecker-rules");
  private static final List<String> COMPONENT_FOLDERS =
      List.of("activities-libs", "services-libs", "providers-libs", "receivers-libs");
  /** How LibChecker's team labels name our organizations. */
  private static final Map<String, Set<String>> TEAMS = Map.ofEntries(
      Map.entry("huawei", Set.of("Huawei", "HUAWEI")),
      Map.entry("bytedance", Set.of("ByteDance")),
      Map.entry("tencent", Set.of("Tencent")),
      Map.entry("ant", Set.of("Alipay")),
      Map.entry("aurora-mobile", Set.of("极光", "Aurora 极光")),
      Map.entry("umeng", Set.of("Umeng")),
      Map.entry("baidu", Set.of("Baidu")),
      Map.entry("dji", Set.of("DJI")),
      Map.entry("xiaomi", Set.of("Xiaomi")),
      Map.entry("china-mobile", Set.of("中国移动")),
      Map.entry("china-telecom", Set.of("中国电信")),
      Map.entry("china-unicom", Set.of("中国联通")));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void agreesWithLibCheckerOnEveryVendorButOneUmengAndOneMiPushClass() {
    OriginMatcher matcher = OriginMatcher.of(OriginTables.bundled());
    List<String> covered = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (String folder : COMPONENT_FOLDERS) {
      for (Path rule : rules(RULES.resolve(folder))) {
        String relative = RULES.resolve(folder).relativize(rule).toString().replace('\\', '/');
        String className = relative.substring(0, relative.length() - ".json".length()).replace('/', '.');
        Optional<Attribution> ours = matcher.byClassName(className);
        if (ours.isEmpty()) {
          continue;
        }
        covered.add(className);
        String team = team(rule);
        if (team == null) {
          empty.add(className);
        } else if (!TEAMS.get(ours.get().organization().id()).contains(team)) {
          disagreements.add(className + ": LibChecker says " + team + ", we say " + ours.get().organization().name());
        }
      }
    }

    assertThat(covered).hasSize(97);
    assertThat(empty).containsExactlyInAnyOrder("com.umeng.message.UmengMessageIntentReceiverService",
        "cn.jiguang.ads.base.component.JTransparentActivity");
    assertThat(disagreements).containsExactlyInAnyOrder(
        "com.umeng.UmengMessageHandler: LibChecker says Volcengine, we say Umeng (友盟+)",
        "com.xiaomi.push.service.receivers.MIPushMessageHandler: LibChecker says Volcengine, we say Xiaomi");
  }

  @Test
  void findsNoneOfOurNativeLibrariesInLibChecker() {
    OriginMatcher matcher = OriginMatcher.of(OriginTables.bundled());

    assertThat(rules(RULES.resolve("native-libs")).stream()
        .map(rule -> rule.getFileName().toString().replaceFirst("\\.json$", ""))
        .filter(library -> matcher.byNativeLibrary(library).isPresent())).isEmpty();
  }

  private static List<Path> rules(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule's team, or null when the file is empty. */
  private static String team(Path rule) {
    try {
      if (Files.size(rule) == 0) {
        return null;
      }
      JsonNode node = JSON.readTree(rule.toFile());
      return node.path("team").asText(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
