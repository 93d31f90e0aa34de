/**
 * The command line: one thin picocli command per verb ({@code up}, {@code build}, {@code serve},
 * {@code query}, {@code eval}, {@code export}, {@code generate}, {@code bench}, {@code soak},
 * {@code fetch}), each a {@code Callable<Integer>} that parses its options, calls the stage that
 * does the work and prints through picocli's writers.
 *
 * <p>Nothing depends on this package. Only here are errors turned into exit codes: each {@link
 * nl.kamergraaf.KamergraafException} says its own ({@link nl.kamergraaf.cli.ExitCodes} lists them),
 * and only {@code Main.main} calls {@code System.exit}.
 */
package nl.kamergraaf.cli;
