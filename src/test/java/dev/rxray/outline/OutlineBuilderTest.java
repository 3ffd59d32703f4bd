package dev.rxray.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineBuilderTest {

    private static String outline(String rust) {
        ParseResult result = RustSyntax.parse(SourceFile.of("t.rs", rust));
        assertThat(result.diagnostics()).isEmpty();
        StringBuilder out = new StringBuilder();
        render(OutlineBuilder.build(result.crate()), 0, out);
        return out.toString();
    }

    private static void render(List<OutlineItem> items, int depth, StringBuilder out) {
        for (OutlineItem item : items) {
            out.append("  ".repeat(depth)).append(item.kind()).append(" | ").append(item.name()).append(" | ")
                    .append(item.generics()).append(" | ").append(item.span().startLine()).append('-')
                    .append(item.span().endLine()).append('\n');
            render(item.children(), depth + 1, out);
        }
    }

    @Test
    void everyItemKindWithNamesGenericsAndLines() {
        assertThat(outline("""
                use std::fmt::{self, Display};
                extern crate alloc as a;
                /// A wrapper.
                pub struct Wrapper<T>(T);
                enum E<'a> { A(&'a u8) }
                union U { a: u8 }
                type R<T> = Result<T, ()>;
                const N: usize = 4;
                static mut C: u8 = 0;
                async fn fetch() {}
                const fn k() {}
                unsafe fn raw() {}
                macro_rules! m { () => {} }
                thread_local! { static X: u8 = 0; }
                """)).isEqualTo("""
                use | std::fmt::{self, Display} |  | 1-1
                extern crate | alloc as a |  | 2-2
                struct | Wrapper | <T> | 3-4
                enum | E | <'a> | 5-5
                union | U |  | 6-6
                type | R | <T> | 7-7
                const | N |  | 8-8
                static mut | C |  | 9-9
                async fn | fetch |  | 10-10
                const fn | k |  | 11-11
                unsafe fn | raw |  | 12-12
                macro_rules | m |  | 13-13
                macro | thread_local! |  | 14-14
                """);
    }

    @Test
    void modulesTraitsImplsAndExternBlocksNestTheirItems() {
        assertThat(outline("""
                mod net {
                    pub trait Service<Req>: Send {
                        type Response;
                        const LIMIT: u32;
                        async fn call(&self, req: Req) -> Self::Response;
                    }
                }
                impl<T: Display> fmt::Display for Wrapper<T> where T: Clone {
                    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Ok(()) }
                }
                unsafe impl<T> Send for Wrapper<T> {}
                impl !Sync for Cell {}
                impl<const N: usize> Buf<N> {}
                extern "C" { fn abs(x: i32) -> i32; }
                mod file;
                """)).isEqualTo("""
                mod | net |  | 1-7
                  trait | Service | <Req> | 2-6
                    type | Response |  | 3-3
                    const | LIMIT |  | 4-4
                    async fn | call |  | 5-5
                impl | impl<T: Display> fmt::Display for Wrapper<T> | <T: Display> | 8-10
                  fn | fmt |  | 9-9
                impl | unsafe impl<T> Send for Wrapper<T> | <T> | 11-11
                impl | impl !Sync for Cell |  | 12-12
                impl | impl<const N: usize> Buf<N> | <const N: usize> | 13-13
                extern block | extern "C" |  | 14-14
                  fn | abs |  | 14-14
                mod | file |  | 15-15
                """);
    }

    @Test
    void genericsRenderBoundsDefaultsAndLifetimes() {
        assertThat(outline("""
                fn f<'a, 'b: 'a, T: ?Sized + Iterator<Item = &'a u8> + 'b, const N: usize = 3, U = Vec<T>>() {}
                struct F<F: for<'x> Fn(&'x u8) -> bool>(F);
                """)).isEqualTo("""
                fn | f | <'a, 'b: 'a, T: ?Sized + Iterator<Item = &'a u8> + 'b, const N: usize = 3, U = Vec<T>> | 1-1
                struct | F | <F: for<'x> Fn(&'x u8) -> bool> | 2-2
                """);
    }

    @Test
    void anEmptyFileHasAnEmptyOutline() {
        assertThat(outline("")).isEmpty();
    }
}
