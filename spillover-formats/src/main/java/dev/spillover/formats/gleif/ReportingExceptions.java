package dev.spillover.formats.gleif;

import static dev.spillover.formats.gleif.Entities.at;
import static dev.spillover.formats.gleif.Entities.text;

import dev.spillover.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Level 2 reporting exceptions, from XML ({@code Exception} in {@code ReportingExceptionData}) or
 * API JSON ({@code reporting-exceptions}): why an entity names no direct or ultimate parent. They
 * become identifiers of the entity, {@code gleif.exception.direct} and {@code gleif.exception.ultimate},
 * whose value is the reason (several reasons joined by commas), so that rules can test them.
 */
final class ReportingExceptions {
  static final String DIRECT = "gleif.exception.direct";
  static final String ULTIMATE = "gleif.exception.ultimate";

  private static final Map<String, String> CATEGORIES = Map.of(
      "DIRECT_ACCOUNTING_CONSOLIDATION_PARENT", DIRECT,
      "ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT", ULTIMATE);

  /** One exception: the entity, the identifier scheme it fills in, the reason, and where it was read. */
  record Exception(String lei, String scheme, String reason, Provenance provenance) {}

  private ReportingExceptions() {}

  /** The exception of an XML {@code Exception} element; null after recording problems. */
  static Exception fromXml(Tree record, int index, GleifFile file) {
    String lei = text(record.child("LEI"));
    return exception(record, "Exception " + (lei != null ? lei : "#" + index), path -> path, record.child("LEI"),
        record.child("ExceptionCategory"), record.all("ExceptionReason"), "LEI", "ExceptionCategory",
        "ExceptionReason", file);
  }

  /** The exception of an API {@code reporting-exceptions} resource object; null after recording problems. */
  static Exception fromJson(Tree data, GleifFile file) {
    Tree attributes = data.child("attributes");
    Tree reason = at(attributes, "reason");
    List<Tree> reasons = reason == null ? List.of() : reason.kind() == Tree.Kind.ARRAY ? reason.items() : List.of(reason);
    String prefix = data.path() + "/attributes/";
    return exception(data, "reporting-exceptions " + data.path(), path -> prefix + path, at(attributes, "lei"),
        at(attributes, "category"), reasons, "lei", "category", "reason", file);
  }

  private static Exception exception(Tree record, String what, java.util.function.UnaryOperator<String> label,
      Tree leiTree, Tree categoryTree, List<Tree> reasonTrees, String leiField, String categoryField,
      String reasonField, GleifFile file) {
    int before = file.problemCount();
    String lei = file.lei(record, leiTree, what, label.apply(leiField));
    String category = file.requiredText(record, categoryTree, what, label.apply(categoryField));
    String scheme = category == null ? null : CATEGORIES.get(category);
    if (category != null && scheme == null) {
      file.problem(categoryTree, what + ": " + label.apply(categoryField) + " is " + categoryTree.describe()
          + ", expected DIRECT_ACCOUNTING_CONSOLIDATION_PARENT or ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT");
    }
    List<String> reasons = new ArrayList<>();
    for (Tree reason : reasonTrees) {
      String text = file.requiredText(record, reason, what, label.apply(reasonField));
      if (text != null && !reasons.contains(text)) {
        reasons.add(text);
      }
    }
    if (reasonTrees.isEmpty()) {
      file.problem(record, what + ": missing " + label.apply(reasonField)
          + ", expected a reason such as NATURAL_PERSONS or NON_CONSOLIDATING");
    }
    if (file.problemCount() > before) {
      return null;
    }
    Provenance provenance = file.provenance(null, record, what);
    return provenance == null ? null : new Exception(lei, scheme, String.join(",", reasons), provenance);
  }
}
