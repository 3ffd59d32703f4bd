package dev.rxray.analysis.async.step;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpShapes {
    @Test
    void dump() throws Exception {
        Path p = Path.of(System.getProperty("dump.file"));
        PipelineResult r = Pipeline.run(SourceFile.of(p.getFileName().toString(), Files.readString(p)));
        String text = r.source().text();
        for (CoroutineMachine m : r.async().coroutines()) {
            CoroutineShape s = CoroutineShape.of(m, r.parse());
            System.out.println("== " + m.name() + " loops=" + s.loops() .stream().map(l -> l.keyword() + l.first() + ".." + l.last()).toList());
            for (int k = -1; k < m.suspends().size(); k++) {
                for (Way w : s.waysFrom(k)) {
                    String code = text.substring(w.region().code().startOffset(), w.region().code().endOffset()).replaceAll("\\s+", " ");
                    System.out.println("  " + k + " -> " + w.label() + " choice=" + w.choice() + " e=" + w.entered() + " r=" + w.rounds() + " l=" + w.left() + " | " + code);
                }
            }
            var steps = Stepper.run(m, s, Schedule.DEFAULT);
            System.out.println("  default: " + steps.stream().filter(x -> x.runsCode()).map(x -> x.state()).toList());
        }
    }
}
