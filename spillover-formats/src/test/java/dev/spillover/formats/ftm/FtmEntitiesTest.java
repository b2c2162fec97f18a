package dev.spillover.formats.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FtmEntities: the entities of a file as plain values, read and checked as FtmImporter reads them. */
class FtmEntitiesTest {
  @TempDir
  Path dir;

  @Test
  void everyEntityOfTheZalaFileIsGivenWithItsLineAndValues() {
    List<FtmEntities.Entity> entities = FtmEntities.read(FtmFixtures.ZALA);

    assertThat(entities).hasSize(91);
    FtmEntities.Entity cst = entities.stream().filter(e -> e.id().equals(FtmFixtures.CST)).findFirst().orElseThrow();
    assertThat(cst.schema()).isEqualTo("Company");
    assertThat(cst.caption()).isEqualTo("LLC CST");
    assertThat(cst.values("innCode")).containsExactly("1841015504");
    assertThat(cst.first("jurisdiction")).isEqualTo("ru");
    assertThat(cst.values("noSuchProperty")).isEmpty();
    assertThat(entities).extracting(FtmEntities.Entity::line).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void nestedEntitiesStandForTheirIdAndEmptyValuesAreLeftOut() throws IOException {
    Path file = Files.writeString(dir.resolve("nested.ftm.json"), """
        {"id": "s1", "schema": "Sanction", "properties": {"entity": [{"id": "c1", "schema": "Company"}], "program": ["", " P "]}}
        """);

    FtmEntities.Entity sanction = FtmEntities.read(file).get(0);

    assertThat(sanction.values("entity")).containsExactly("c1");
    assertThat(sanction.values("program")).containsExactly("P");
    assertThat(sanction.caption()).isNull();
  }

  @Test
  void problemsAreAllReportedWithTheirLinesAndNothingIsReturned() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.ftm.json"), """
        {"id": "c1", "schema": "Company", "properties": {"name": ["C"]}}
        {"id": "c1", "schema": "Company", "properties": {"name": ["C again"]}}
        {"schema": "Person", "properties": {}}
        not json
        """);

    InputException e = catchThrowableOfType(InputException.class, () -> FtmEntities.read(file));

    assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3, 4);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
    assertThat(e.problems().get(0).message()).contains("'c1'").contains("first at line 1");
  }
}
