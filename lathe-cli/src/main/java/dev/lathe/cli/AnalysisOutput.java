package dev.lathe.cli;

import dev.lathe.report.html.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --json} and {@code -o} options of the analysis commands ({@code lathe stats did}, {@code propensity},
 * {@code ab analyze}) that print a summary and may write an HTML report, and how they are honoured.
 */
final class AnalysisOutput {

    @Option(names = "--json", description = "Print JSON instead of the text summary.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "HTML report to write.")
    Path output;

    /**
     * Writes the report when {@code -o} was given (built only then), then prints the JSON document (one line) or the text summary
     * ({@code text} ends with its own line break) to the command's output.
     */
    void emit(CommandSpec spec, Supplier<Report> report, Supplier<Object> document, Supplier<String> text) throws IOException {
        if (output != null) {
            report.get().write(output);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(document.get()) + System.lineSeparator() : text.get());
        out.flush();
    }
}
