package dev.rxray.cli;

import dev.rxray.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The file arguments shared by {@code check} and {@code outline}, and the loop that runs the pipeline on each. */
final class FileArguments {
    private FileArguments() {
    }

    /** The names listed one per line in a file; blank lines are ignored. */
    static List<String> listedIn(Path listFile) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(listFile)) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /** Reads, parses and analyses each file in order, handing each outcome on before the next file is read. */
    static Tally process(List<String> arguments, InputStream stdin, Consumer<FileOutcome> sink) {
        Tally tally = new Tally();
        for (String argument : arguments) {
            FileOutcome outcome = switch (SourceReader.read(argument, stdin)) {
                case SourceReader.Loaded(var source) -> new FileOutcome.Analysed(source.name(), Pipeline.syntax(source));
                case Unreadable unreadable -> unreadable;
            };
            tally.add(outcome);
            sink.accept(outcome);
        }
        return tally;
    }

    /**
     * The {@code --json} mode of a command: the report on {@code out}, and the one-line message of each unreadable
     * file on {@code err} as well, so that a person watching a script sees it.
     */
    static Tally reportJson(String command, List<String> arguments, InputStream stdin, PrintWriter out,
            PrintWriter err) {
        JsonFormat report = JsonFormat.start(out, command);
        Tally tally = process(arguments, stdin, file -> {
            report.file(file);
            if (file instanceof Unreadable unreadable) {
                TextFormat.unreadable(err, unreadable);
            }
        });
        report.finish(tally);
        return tally;
    }
}
