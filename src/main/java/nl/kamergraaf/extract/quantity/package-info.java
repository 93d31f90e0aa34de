/**
 * Amounts of money and percentages in Dutch text, found by TokensRegex rules kept in {@code
 * rules/quantities*.rules} and normalised to {@link nl.kamergraaf.extract.model.Quantity} records;
 * entry point {@link nl.kamergraaf.extract.quantity.QuantityFinder}.
 */
package nl.kamergraaf.extract.quantity;
