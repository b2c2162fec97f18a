package dev.spillover.cli;

import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Feature;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code screen}'s results for a terminal: a line saying what was screened against what, then per
 * name its candidates, each with its entry and the features of its score, and a closing count.
 */
final class ScreenTable {
  private ScreenTable() {}

  /** Writes names screened to {@code out} (which stays open). */
  static void names(ScreenResults.Names found, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    int count = found.results().size();
    text.append("Screened ").append(count).append(count == 1 ? " name" : " names")
        .append(found.input() == null ? "" : " of " + found.input()).append(" against ")
        .append(lists(found)).append("; ").append(thresholds(found.thresholds())).append(".\n");
    int number = 0;
    for (ScreenResults.Screened screened : found.results()) {
      number++;
      ScreenResults.Asked asked = screened.asked();
      text.append('\n').append(number).append(". ").append(asked.query().name()).append(about(asked)).append('\n');
      if (!asked.extra().isEmpty()) {
        text.append("   columns    ").append(columns(found.extraColumns(), asked.extra())).append('\n');
      }
      if (screened.candidates().isEmpty()) {
        text.append("   no match: no entry shares a word, a sound, a run of letters or an identifier with this name\n");
        continue;
      }
      if (screened.decision() == Decision.NO_MATCH) {
        text.append(String.format(Locale.ROOT, "   no match: the best candidate scores %.3f, under the review floor %.2f\n",
            screened.candidates().get(0).score(), found.thresholds().review()));
      }
      for (Match match : screened.candidates()) {
        candidate(text, match, found.list(match.entry().list()));
      }
    }
    text.append('\n').append(count).append(count == 1 ? " name: " : " names: ")
        .append(ScreenResults.summary(found.counts())).append('\n');
    out.write(text.toString());
    out.flush();
  }

  /** Writes scored pairs to {@code out} (which stays open). */
  static void pairs(ScreenResults.Pairs scored, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    int count = scored.pairs().size();
    text.append("Scored ").append(count).append(count == 1 ? " pair" : " pairs").append(" of ").append(scored.input())
        .append("; ").append(thresholds(scored.thresholds())).append(".\n");
    for (ScreenResults.Pair pair : scored.pairs()) {
      text.append("\nline ").append(pair.line()).append(": ").append(pair.name1()).append(" ~ ").append(pair.name2())
          .append(pair.schema() == null ? "" : " (" + ScreenResults.label(pair.schema()) + ")").append('\n');
      if (!pair.extra().isEmpty()) {
        text.append("   columns    ").append(columns(scored.extraColumns(), pair.extra())).append('\n');
      }
      text.append("   ").append(decision(pair.match().decision()))
          .append(String.format(Locale.ROOT, " %.3f\n", pair.match().score()));
      features(text, pair.match());
    }
    text.append('\n').append(count).append(count == 1 ? " pair: " : " pairs: ")
        .append(ScreenResults.summary(scored.counts())).append('\n');
    out.write(text.toString());
    out.flush();
  }

  private static void candidate(StringBuilder text, Match match, ScreeningList list) {
    ListEntry entry = match.entry();
    text.append("   ").append(decision(match.decision()))
        .append(String.format(Locale.ROOT, " %.3f  ", match.score()))
        .append(entry.list()).append('/').append(entry.id()).append("  ").append(entry.name().text())
        .append(" (").append(ScreenResults.label(entry.type())).append(")\n");
    if (list != null) {
      text.append("     list       ").append(list.name()).append('\n');
    }
    text.append("     programs   ").append(entry.programs().isEmpty() ? "none given" : String.join("; ", entry.programs()))
        .append('\n');
    text.append("     listed     ").append(listed(entry)).append('\n');
    text.append("     matched    ").append(match.matchedName()).append('\n');
    text.append("     read at    ").append(entry.location()).append('\n');
    features(text, match);
  }

  private static void features(StringBuilder text, Match match) {
    int width = 0;
    for (Feature f : match.features()) {
      width = Math.max(width, f.name().length());
    }
    for (Feature f : match.features()) {
      text.append(String.format(Locale.ROOT, "     %+.3f     %-" + width + "s  (%.3f) %s\n",
          f.contribution(), f.name(), f.value(), f.detail()));
    }
  }

  /** "MATCH", "REVIEW" or "no match". */
  private static String decision(Decision decision) {
    return decision == Decision.NO_MATCH ? "no match" : decision.name();
  }

  /** The entry's listing dates in words. */
  static String listed(ListEntry entry) {
    if (entry.listedFrom() == null && entry.listedUntil() == null) {
      return "no dates given";
    }
    if (entry.listedUntil() == null) {
      return "from " + entry.listedFrom();
    }
    if (entry.listedFrom() == null) {
      return "until " + entry.listedUntil();
    }
    return "from " + entry.listedFrom() + " until " + entry.listedUntil();
  }

  /** What the name was asked with, in parentheses: line, id, kind, countries, dates; empty when nothing. */
  private static String about(ScreenResults.Asked asked) {
    Query query = asked.query();
    List<String> parts = new ArrayList<>();
    if (asked.line() > 0) {
      parts.add("line " + asked.line());
    }
    if (asked.id() != null) {
      parts.add("id " + asked.id());
    }
    if (query.schema() != null) {
      parts.add(ScreenResults.label(query.schema()));
    }
    if (!query.countries().isEmpty()) {
      parts.add(String.join(", ", query.countries()));
    }
    if (!query.dates().isEmpty()) {
      parts.add(String.join(", ", query.dates()));
    }
    return parts.isEmpty() ? "" : "  (" + String.join("; ", parts) + ")";
  }

  private static String columns(List<String> names, List<String> values) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < names.size() && i < values.size(); i++) {
      pairs.add(names.get(i) + "=" + values.get(i));
    }
    return String.join("; ", pairs);
  }

  private static String lists(ScreenResults.Names found) {
    List<String> parts = new ArrayList<>();
    for (ScreeningList list : found.lists()) {
      int total = list.entries().size();
      int screened = found.screened().getOrDefault(list.id(), total);
      if (found.asOf() == null) {
        parts.add(String.format(Locale.ROOT, "%s (%,d %s)", list.id(), total, total == 1 ? "entry" : "entries"));
      } else {
        parts.add(String.format(Locale.ROOT, "%s (%,d of %,d entries in effect on %s)", list.id(), screened, total,
            found.asOf()));
      }
    }
    if (parts.size() <= 2) {
      return String.join(" and ", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String thresholds(Thresholds thresholds) {
    return String.format(Locale.ROOT, "MATCH from %.2f, REVIEW from %.2f", thresholds.match(), thresholds.review());
  }
}
