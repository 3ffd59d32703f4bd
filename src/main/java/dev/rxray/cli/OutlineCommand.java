package dev.rxray.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rxray outline}: prints the tree of items a file declares. */
@Command(
        name = "outline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the items of Rust files as an indented tree: line, kind, name and generics.",
            "Syntax errors go to standard error; the outline still shows every item that parsed (exit 1)."
        })
final class OutlineCommand implements Callable<Integer> {
    @ParentCommand
    private RxrayCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Rust source files; '-' reads standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON report on standard output instead (schema 1, see README).")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally;
        if (json) {
            tally = FileArguments.reportJson("outline", files, root.stdin(), out, err);
        } else {
            boolean headers = files.size() > 1;
            tally = FileArguments.process(files, root.stdin(), file -> {
                switch (file) {
                    case FileOutcome.Analysed analysed -> {
                        TextFormat.outline(out, analysed, headers);
                        out.flush();
                        TextFormat.diagnostics(err, analysed);
                    }
                    case Unreadable unreadable -> TextFormat.unreadable(err, unreadable);
                }
            });
        }
        out.flush();
        err.flush();
        return tally.exitCode();
    }
}
