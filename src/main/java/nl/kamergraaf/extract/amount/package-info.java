/**
 * What an amount or a percentage is for, who gives or spends it, who receives it, read from the
 * structure of its clause with the words of {@code rules/amount-roles.tsv}; statements of one fact
 * and the parts of a total recognised. Entry point {@link
 * nl.kamergraaf.extract.amount.AmountLinker}.
 */
package nl.kamergraaf.extract.amount;
