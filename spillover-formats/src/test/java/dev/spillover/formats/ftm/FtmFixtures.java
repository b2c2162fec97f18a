package dev.spillover.formats.ftm;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.model.Edge;
import dev.spillover.model.Estate;
import java.nio.file.Path;

/**
 * The FtM test files in {@code ../shared/data/followthemoney} (OpenSanctions data, CC BY-NC 4.0:
 * read where they are, never copied into the repository), reached from the module directory, and
 * the ids of the ZALA / Kalashnikov network they hold.
 */
final class FtmFixtures {
  static final Path FOLDER = Path.of("..", "..", "shared", "data", "followthemoney");
  static final Path ZALA = FOLDER.resolve("zala_entities.ftm.json");
  static final Path T1 = FOLDER.resolve("t1_entities.ftm.json");
  static final String ZALA_FILE = "zala_entities.ftm.json";

  /** LLC CST, trading as ZALA Aero Group: the drone maker at the centre of the network. */
  static final String CST = "NK-abdzbEBkqyT29GyREbiURZ";
  /** Alexander Vyacheslavovich Zakharov, its founder. */
  static final String ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw";
  static final String KALASHNIKOV = "NK-nR5AXM9AVPq4pQaSPSaVam";
  /** OOO "SPS", Moscow. */
  static final String SPS = "NK-9Xa4Kg7Y7nfccE7VcZt6Q6";
  /** OOO "RTC" (РТЦ), Moscow. */
  static final String RTC = "NK-ERScv7cLkkvZ3ejz7xiToj";
  static final String AEROSCAN = "NK-iE6m5ryPeTAMZozfECVSL7";
  /** JSC "Zala Aero", incorporated 2024. */
  static final String ZALA_AERO_JSC = "NK-cPks3aTbes8k4aCerfBAzN";
  /** An earlier OOO "CST" in Chaikovsky, Perm krai, dissolved 2019. */
  static final String CST_PERM = "ru-inn-5920040846";
  static final String IZHTELECOM = "NK-56Edov9bas9puzaChH5pBy";
  static final String UNMANNED_SYSTEMS = "NK-cWSvGMvufNH5KwEV88FwTA";
  static final String TRANSKOMPLEKTHOLDING = "NK-DSxJ9ZzHxBBMyEMnnTBhai";
  static final String SVETLANA_ZAKHAROVA = "NK-DQ98GPMgdVH8DSZd8g9Xtc";

  static final String OFAC_LIST = "ftm-list:office-of-foreign-assets-control/us-rushar";

  private FtmFixtures() {}

  /** The estate of {@code files}, read in order with one importer. */
  static Estate load(Path... files) {
    EstateAssembler assembler = new EstateAssembler();
    FtmImporter importer = new FtmImporter();
    for (Path file : files) {
      importer.read(file, assembler);
    }
    return assembler.build("ftm fixtures");
  }

  /** The edge made from the FtM entity {@code entityId} of the ZALA file. */
  static Edge zalaEdge(Estate estate, String entityId) {
    String id = ZALA_FILE + "#" + entityId;
    return estate.edges().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + id));
  }
}
