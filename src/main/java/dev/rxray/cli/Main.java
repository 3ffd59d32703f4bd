package dev.rxray.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** The process entry point of {@code rxray}: builds the command line, runs it, exits with its code. */
public final class Main {
    /** When main began, for {@code bench --cold}'s account of where a fresh process spends its time. */
    static final long STARTED_NANOS = System.nanoTime();

    private Main() {
    }

    public static void main(String[] args) {
        ParserWarmup.startFor(args);
        PrintWriter out = writer(System.out);
        PrintWriter err = writer(System.err);
        int code = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the given streams and returns its exit code; never throws. */
    static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = create(stdin);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine create(InputStream stdin) {
        CommandLine commandLine = new CommandLine(new RxrayCommand(stdin));
        commandLine.setParameterExceptionHandler(usageError());
        commandLine.setExecutionExceptionHandler(internalError());
        return commandLine;
    }

    /** A usage mistake is one line naming the mistake and where help is, not a page of usage text. */
    private static IParameterExceptionHandler usageError() {
        return (ParameterException e, String[] args) -> {
            CommandLine culprit = e.getCommandLine();
            PrintWriter err = culprit.getErr();
            err.println("rxray: " + e.getMessage() + " (see '" + culprit.getCommandSpec().qualifiedName()
                    + " --help')");
            err.flush();
            return ExitCodes.USAGE_OR_IO;
        };
    }

    /**
     * An exception escaping a command is a bug in rxray. It gets one line plus the stack trace only when asked for
     * with {@code RXRAY_DEBUG=1}, so that users see a clear sentence and developers can still get the details.
     */
    private static IExecutionExceptionHandler internalError() {
        return (Exception e, CommandLine culprit, CommandLine.ParseResult parsed) -> {
            PrintWriter err = culprit.getErr();
            err.println("rxray: internal error: " + e + " (please report it; RXRAY_DEBUG=1 shows the stack trace)");
            if ("1".equals(System.getenv("RXRAY_DEBUG"))) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL;
        };
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }
}
