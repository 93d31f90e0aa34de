/**
 * How extraction reads its data: {@link nl.kamergraaf.extract.rules.RuleFile} opens every rule
 * file, lexicon and gazetteer on the classpath and reads its commented lines or properties; the
 * files themselves are the resources beside this package ({@code nl/kamergraaf/extract/rules/}) and
 * under {@code data/gazetteer/}.
 *
 * <p>Data, not code: a rule row carries a stable id written in the file, never its position, and a
 * file that cannot be read fails the build with its name, not a {@code NullPointerException}.
 */
package nl.kamergraaf.extract.rules;
