/**
 * Graph exports for graph tools: the entities as nodes and the relations the texts support as
 * weighted edges, as GEXF (Gephi), GraphML, Cytoscape.js JSON and CSV, with filters by entity type,
 * document, date range and neighbourhood.
 *
 * <p>{@link nl.kamergraaf.export.GraphExtract#extract} reads the network from a store; {@link
 * nl.kamergraaf.export.ExportFormat#write} writes it. The {@code export} command and the server's
 * {@code /export} path both use these.
 */
package nl.kamergraaf.export;
