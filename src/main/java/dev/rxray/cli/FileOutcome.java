package dev.rxray.cli;

import dev.rxray.pipeline.PipelineResult;

/** What a command made of one file argument: either the pipeline's result or the reason it could not be read. */
sealed interface FileOutcome permits FileOutcome.Analysed, Unreadable {
    /** The file as the user named it ({@code <stdin>} for {@code -}). */
    String file();

    record Analysed(String file, PipelineResult result) implements FileOutcome {
    }
}
