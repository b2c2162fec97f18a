package dev.spillover.input;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one way Spillover's readers make a StAX factory: no DTD, no external entity, no external
 * DTD fetched. Readers add their own settings (coalescing, entity references) on top, and still
 * refuse a DOCTYPE event with a problem naming its place.
 */
public final class SecureXml {
  private SecureXml() {}

  /** A new JDK StAX factory that declares, expands and fetches no entity and no DTD. */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }
}
