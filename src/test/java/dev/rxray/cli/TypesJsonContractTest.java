package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@code analyze --json}'s {@code "types"} section and of {@code traits FILE TYPE}. */
class TypesJsonContractTest {

    private static final String SOURCE = """
            use std::cell::RefCell;
            use std::rc::Rc;
            struct Cache<'a, T, const N: usize> {
                name: &'a str,
                cache: RefCell<Vec<T>>,
                slots: [u8; N],
            }
            enum Token<'a> { Word(&'a str), End }
            struct Unused<T> { n: u8 }
            struct Wrapper<T> { inner: T }
            """;

    private static JsonNode analyze() throws Exception {
        CliRun run = CliRun.withStdin(SOURCE, "analyze", "-", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void typesListEveryDeclarationWithVarianceInDeclarationOrder() throws Exception {
        JsonNode types = analyze().get("types");
        assertThat(types).hasSize(4);
        JsonNode cache = types.get(0);
        assertThat(cache.get("kind").asText()).isEqualTo("struct");
        assertThat(cache.get("name").asText()).isEqualTo("Cache");
        assertThat(cache.get("line").asInt()).isEqualTo(3);
        List<String> params = new ArrayList<>();
        cache.get("variance").fieldNames().forEachRemaining(params::add);
        assertThat(params).containsExactly("'a", "T", "N");
        assertThat(cache.get("variance").get("'a").asText()).isEqualTo("+");
        assertThat(cache.get("variance").get("T").asText()).isEqualTo("o");
        assertThat(cache.get("variance").get("N").asText()).isEqualTo("o");
        assertThat(cache.get("reasons").get("variance").get("T").asText())
                .contains("cache: RefCell<Vec<T>>").contains("`RefCell`").contains("invariant");
        assertThat(cache.get("autoTraits").get("Send").asText()).isEqualTo("if T: Send");
        assertThat(cache.get("autoTraits").get("Sync").asText()).isEqualTo("no");
        assertThat(cache.get("autoTraits").get("Unpin").asText()).isEqualTo("if T: Unpin");
        assertThat(cache.get("dropck").get("owns")).extracting(JsonNode::asText).containsExactly("T");
        assertThat(cache.get("dropck").get("usedAtDrop")).extracting(JsonNode::asText).containsExactly("T");
        assertThat(types.get(1).get("dropck").get("usedAtDrop")).as("a borrowed &str is not used at drop").isEmpty();
        assertThat(types.get(1).get("kind").asText()).isEqualTo("enum");
    }

    @Test
    void anUnusedParameterIsE0392WithItsFixes() throws Exception {
        JsonNode unused = analyze().get("types").get(2);
        assertThat(unused.get("variance").get("T").asText()).isEqualTo("*");
        JsonNode error = unused.get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("E0392");
        assertThat(error.get("message").asText()).isEqualTo("type parameter `T` is never used");
        assertThat(error.get("fixes")).extracting(f -> f.get("field").asText() + " " + f.get("variance").asText())
                .contains("PhantomData<T> +", "PhantomData<fn(T)> -", "PhantomData<*const T> +");
        assertThat(error.get("fixes")).extracting(f -> f.get("field").asText() + " Send=" + f.get("Send").asText()
                        + " owns=" + f.get("ownsForDropCheck").asBoolean())
                .contains("PhantomData<T> Send=if T: Send owns=true", "PhantomData<fn() -> T> Send=yes owns=false",
                        "PhantomData<*const T> Send=no owns=false");
    }

    @Test
    void theSameTextGivesByteIdenticalJson() {
        assertThat(CliRun.withStdin(SOURCE, "analyze", "-", "--json").out())
                .isEqualTo(CliRun.withStdin(SOURCE, "analyze", "-", "--json").out());
    }

    @Test
    void traitsOfATypeAreBooleansWithReasons() throws Exception {
        CliRun run = CliRun.withStdin(SOURCE, "traits", "-", "Wrapper<Rc<u8>>");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(run.out());
        assertThat(answer.get("Send").asBoolean()).isFalse();
        assertThat(answer.get("Sync").asBoolean()).isFalse();
        assertThat(answer.get("Unpin").asBoolean()).isTrue();
        assertThat(answer.get("why").get("Send").asText()).contains("Rc");
        JsonNode future = new ObjectMapper().readTree(CliRun.withStdin(SOURCE, "traits", "-",
                "Pin<Box<dyn Future<Output = u8> + Send>>").out());
        assertThat(future.get("Send").asBoolean()).isTrue();
        assertThat(future.get("Sync").asBoolean()).isFalse();
        assertThat(future.get("Unpin").asBoolean()).isTrue();
    }

    @Test
    void aTargetThatIsNoTypeIsAUsageError() {
        CliRun run = CliRun.withStdin(SOURCE, "traits", "-", "Wrapper<");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("is not a type");
    }
}
