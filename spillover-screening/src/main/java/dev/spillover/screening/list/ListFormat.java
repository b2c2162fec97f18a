package dev.spillover.screening.list;

import dev.spillover.screening.list.bis.DeniedPersonsReader;
import dev.spillover.screening.list.cn.CounterSanctionsReader;
import dev.spillover.screening.list.csl.CslReader;
import dev.spillover.screening.list.ftm.FtmListReader;
import dev.spillover.screening.list.ofac.OfacCsvReader;
import dev.spillover.screening.list.un.UnScReader;
import dev.spillover.screening.list.us.Dod1260hReader;
import dev.spillover.screening.list.us.FccCoveredListReader;
import dev.spillover.screening.list.us.MieuReader;
import dev.spillover.screening.list.us.NdaaListReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The restricted-party list formats Spillover reads, one constant per format, each recognizing its
 * files from their first bytes (never from the file name) and naming its reader. The first format
 * that recognizes a file reads it. {@code docs/formats/lists.md} describes each.
 */
public enum ListFormat {
  OFAC_CSV("OFAC legacy CSV (sdn.csv or cons_prim.csv, with its alt, add and comments files beside it)",
      OfacCsvReader::recognizes, OfacCsvReader::read),
  US_CSL("US Consolidated Screening List CSV (2019 or 2025 columns)", CslReader::recognizes, CslReader::read),
  BIS_DPL("BIS Denied Persons List (dpl.txt, tab-separated)", DeniedPersonsReader::recognizes,
      DeniedPersonsReader::read),
  UN_SC("UN Security Council consolidated list XML", UnScReader::recognizes, UnScReader::read),
  FTM("FollowTheMoney entities (JSON Lines or a JSON array)", FtmListReader::recognizes, FtmListReader::read),
  US_NDAA("US NDAA lists: section 889, 5949, 154 or 1286 (CSV)", NdaaListReader::recognizes, NdaaListReader::read),
  BIS_MIEU("BIS military-intelligence end users (CSV)", MieuReader::recognizes, MieuReader::read),
  DOD_1260H("DoD section 1260H Chinese military companies (CSV)", Dod1260hReader::recognizes, Dod1260hReader::read),
  FCC_COVERED("FCC Covered List (CSV)", FccCoveredListReader::recognizes, FccCoveredListReader::read),
  CN_COUNTER_SANCTIONS("China's MFA and MOFCOM counter-sanctions and unreliable entities (CSV)",
      CounterSanctionsReader::recognizes, CounterSanctionsReader::read);

  /** How many bytes of a file are read to recognize its format. */
  public static final int HEAD_BYTES = 64 * 1024;

  private final String description;
  private final Predicate<byte[]> recognizer;
  private final Function<Path, ScreeningList> reader;

  ListFormat(String description, Predicate<byte[]> recognizer, Function<Path, ScreeningList> reader) {
    this.description = description;
    this.recognizer = recognizer;
    this.reader = reader;
  }

  /** What the format is, for messages. */
  public String description() {
    return description;
  }

  /** True when {@code head}, the first bytes of a file, are of this format. Never throws. */
  public boolean recognizes(byte[] head) {
    try {
      return recognizer.test(head);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Reads the list in {@code file}.
   *
   * @throws dev.spillover.input.InputException listing every problem of the file (and, for OFAC,
   *     of its companions); nothing is returned then
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public ScreeningList read(Path file) {
    return reader.apply(file);
  }

  /** The format that recognizes {@code head}, or null. */
  public static ListFormat detect(byte[] head) {
    for (ListFormat format : values()) {
      if (format.recognizes(head)) {
        return format;
      }
    }
    return null;
  }

  /** The formats, described, for messages. */
  public static String supported() {
    return String.join("; ", Arrays.stream(values()).map(ListFormat::description).toList());
  }
}
