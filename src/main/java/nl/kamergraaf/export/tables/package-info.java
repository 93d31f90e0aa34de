/**
 * Tidy CSV tables for statistics (R, pandas, SPSS): one table per SPARQL query in {@code
 * resources/nl/kamergraaf/export/table-queries/}, each row with a stable id and, for facts, where
 * in which file it was read; and a Frictionless {@code datapackage.json} describing every column,
 * written from the queries' own headers.
 */
package nl.kamergraaf.export.tables;
