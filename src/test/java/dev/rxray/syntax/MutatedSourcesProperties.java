package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Real code broken at random (tokens deleted, duplicated, swapped) never makes the parser throw, and every
 * diagnostic stays inside the file. The inputs are the project's samples (system property {@code rxray.samples})
 * or, when there are none, a few inline programs.
 */
class MutatedSourcesProperties {
    private static final List<String> SOURCES = loadSources();

    @Provide
    Arbitrary<String> source() {
        return Arbitraries.of(SOURCES);
    }

    @Property(tries = 300)
    void mutatedSourcesNeverBreakTheParser(@ForAll("source") String source, @ForAll long seed,
                                           @ForAll @IntRange(min = 1, max = 8) int mutations) {
        String mutated = mutate(source, new Random(seed), mutations);
        ParseResult result = RustSyntax.parse(SourceFile.of("mutated.rs", mutated));
        BadInputTest.assertSpansInside(result);
    }

    @Property(tries = 100)
    void highlightingCoversOnlyTheText(@ForAll("source") String source, @ForAll long seed) {
        String mutated = mutate(source, new Random(seed), 4);
        int previousEnd = 0;
        for (Highlight h : Highlighter.highlight(mutated)) {
            if (h.start() < previousEnd || h.end() <= h.start() || h.end() > mutated.length()) {
                throw new AssertionError("bad highlight " + h + " in a text of " + mutated.length());
            }
            previousEnd = h.end();
        }
    }

    /** Splits into tokens and the text between them, then deletes, duplicates or swaps tokens. */
    static String mutate(String source, Random random, int mutations) {
        RustLexer lexer = new RustLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (Token token : lexer.getAllTokens()) {
            int start = source.offsetByCodePoints(0, token.getStartIndex());
            if (start > at) {
                pieces.add(source.substring(at, start));
            }
            pieces.add(token.getText());
            at = start + token.getText().length();
        }
        if (at < source.length()) {
            pieces.add(source.substring(at));
        }
        for (int i = 0; i < mutations && !pieces.isEmpty(); i++) {
            int a = random.nextInt(pieces.size());
            switch (random.nextInt(3)) {
                case 0 -> pieces.remove(a);
                case 1 -> pieces.add(a, pieces.get(a));
                default -> {
                    int b = random.nextInt(pieces.size());
                    String t = pieces.get(a);
                    pieces.set(a, pieces.get(b));
                    pieces.set(b, t);
                }
            }
        }
        return String.join("", pieces);
    }

    private static List<String> loadSources() {
        String dir = System.getProperty("rxray.samples");
        List<String> sources = new ArrayList<>();
        if (dir != null && Files.isDirectory(Path.of(dir))) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                    sources.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (sources.isEmpty()) {
            sources.add("""
                    use std::pin::Pin;
                    async fn fetch(url: &str) -> Result<Vec<u8>, Error> {
                        let body = client.get(url).send().await?.bytes().await?;
                        if body.is_empty() { return Err(Error::Empty); }
                        Ok(body.to_vec())
                    }
                    """);
            sources.add("""
                    struct Wrapper<'a, T: ?Sized> { inner: &'a mut T, count: usize }
                    impl<'a, T: Iterator<Item = u8>> Iterator for Wrapper<'a, T> {
                        type Item = u8;
                        fn next(&mut self) -> Option<u8> {
                            match self.inner.next() { Some(b) if b > 0 => { self.count += 1; Some(b) } other => other }
                        }
                    }
                    """);
            sources.add("""
                    fn main() {
                        let v: Vec<Vec<u8>> = (0..10).map(|i| vec![i; 3]).collect();
                        for row in &v { println!("{row:?} {}", row.len()); }
                        let total = v.iter().flatten().fold(0u32, |a, &b| a + b as u32);
                        'outer: loop { if total > 3 { break 'outer; } }
                    }
                    """);
        }
        return List.copyOf(sources);
    }
}
