package dev.rxray.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code rxray} command. It only groups the subcommands and carries the standard input, so that
 * tests can run a whole command line in-process with their own streams.
 */
@Command(
        name = "rxray",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Rust X-Ray: shows what the Rust compiler does behind a snippet.",
        subcommands = {
            CheckCommand.class,
            AnalyzeCommand.class,
            TraitsCommand.class,
            ExportCommand.class,
            DesugarCommand.class,
            OutlineCommand.class,
            AppCommand.class,
            BenchCommand.class,
            CompletionCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; every file parsed without errors",
            "1:some file has syntax errors, or the app could not start",
            "2:bad usage, or a file could not be read",
            "3:internal error (a bug in rxray)"
        })
final class RxrayCommand implements Callable<Integer> {
    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    RxrayCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    /** With no subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE_OR_IO;
    }
}
