package dev.rxray.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rxray check}: parses files and reports their syntax errors the way rustc does. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parses Rust files and prints their syntax errors as file:line:column: error: message "
                    + "on standard error (nothing when all is well).",
            "Exit 0 when every file is clean, 1 when some file has errors, 2 when a file cannot be read."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private RxrayCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Rust source files; '-' reads standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also check the files named in LIST, one per line (for long lists).")
    private Optional<Path> filesFrom = Optional.empty();

    @Option(names = "--json", description = "Print a JSON report on standard output instead (schema 1, see README).")
    private boolean json;

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(files);
        if (filesFrom.isPresent()) {
            try {
                arguments.addAll(FileArguments.listedIn(filesFrom.get()));
            } catch (IOException | UncheckedIOException e) {
                PrintWriter err = spec.commandLine().getErr();
                TextFormat.unreadable(err, new Unreadable(filesFrom.get().toString(), "cannot read the list"));
                err.flush();
                return ExitCodes.USAGE_OR_IO;
            }
        }
        if (arguments.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no FILE given (use '-' for standard input)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally;
        if (json) {
            tally = FileArguments.reportJson("check", arguments, root.stdin(), out, err);
        } else {
            tally = FileArguments.process(arguments, root.stdin(), file -> {
                switch (file) {
                    case FileOutcome.Analysed analysed -> TextFormat.diagnostics(err, analysed);
                    case Unreadable unreadable -> TextFormat.unreadable(err, unreadable);
                }
            });
            TextFormat.checkTotal(err, tally);
        }
        out.flush();
        err.flush();
        return tally.exitCode();
    }
}
