/**
 * FollowTheMoney (FtM) entities, as OpenSanctions and Aleph publish them: companies, persons,
 * ownerships and sanctions.
 *
 * <p>Start with {@link dev.spillover.formats.ftm.FtmImporter}: its javadoc and
 * {@code docs/formats/followthemoney.md} give the mapping to the model.
 * {@link dev.spillover.formats.ftm.FtmEntities} gives the entities of a file as plain values, for
 * readers that map them their own way (the screening lists). The rest is package-private:
 * {@code FtmReader} reads the JSON within limits, {@code FtmEntity} reads one entity's values,
 * {@code EntityMapper} and {@code SanctionLists} map them.
 */
package dev.spillover.formats.ftm;
