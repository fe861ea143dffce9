package dev.lathe.ops.flow.spec;

import java.nio.file.Path;

/**
 * The {@code output} section, paths resolved against the spec file's folder.
 *
 * @param dir    the run folder: spec copy, metrics, leaderboard, log, report, model card (default {@code run})
 * @param model  where the {@code .lathe} model goes (default {@code model.lathe} in the run folder)
 * @param report where the HTML report goes (default {@code report.html} in the run folder)
 */
public record OutputSpec(Path dir, Path model, Path report) {
}
