package dev.rxray.cli;

import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command over one Rust file, the first argument ({@code -} reads standard input): reading it, and reporting a file
 * that cannot be read, happen here once for every such command.
 */
abstract class OneFileCommand implements Callable<Integer> {
    /** What a command does with the text of its file; gives the exit code. */
    interface FileAction {
        int run(PrintWriter out, PrintWriter err, SourceFile source);
    }

    @ParentCommand
    RxrayCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A Rust source file; '-' reads standard input.")
    String file;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * For commands whose output would show code that is not there if drawn from a half-parsed body (a diagram, a
     * verdict): prints the file's syntax errors and says what was not done. True when the file has errors.
     */
    static boolean refusedForSyntaxErrors(PrintWriter err, SourceFile source, PipelineResult result, String notDone) {
        if (!result.parse().hasErrors()) {
            return false;
        }
        TextFormat.diagnostics(err, new FileOutcome.Analysed(source.name(), result));
        err.println("rxray: " + source.name() + ": not " + notDone + ": the file has syntax errors");
        err.flush();
        return true;
    }

    /** Reads the file and runs {@code action} on it; an unreadable file is reported instead (exit 2). */
    int readThen(FileAction action) {
        PrintWriter out = out();
        PrintWriter err = err();
        return SourceReader.withSource(file, root.stdin(), err, source -> action.run(out, err, source));
    }
}
