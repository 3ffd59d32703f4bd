package dev.rxray.cli;

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

    /** Reads the file and runs {@code action} on it; an unreadable file is reported instead (exit 2). */
    int readThen(FileAction action) {
        PrintWriter out = out();
        PrintWriter err = err();
        return SourceReader.withSource(file, root.stdin(), err, source -> action.run(out, err, source));
    }
}
