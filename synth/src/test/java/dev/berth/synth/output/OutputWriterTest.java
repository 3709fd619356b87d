package dev.berth.synth.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputWriterTest {

    @Test
    void writesFilesBelowTheFolderAndLeavesOthersAlone(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("notes.txt"), "mine");

        OutputWriter.write(out, Map.of("cloudformation/Shop.template.json", "{}\n"));

        assertThat(out.resolve("cloudformation/Shop.template.json")).hasContent("{}");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        try (Stream<Path> files = Files.list(out.resolve("cloudformation"))) {
            assertThat(files).containsExactly(out.resolve("cloudformation/Shop.template.json")); // no temp file left
        }
    }

    @Test
    void replacesAnEarlierVersion(@TempDir Path out) throws IOException {
        OutputWriter.write(out, Map.of("a.json", "1"));
        OutputWriter.write(out, Map.of("a.json", "2"));

        assertThat(out.resolve("a.json")).hasContent("2");
    }

    @Test
    void refusesToWriteOutsideTheFolder(@TempDir Path out) {
        assertThatThrownBy(() -> OutputWriter.write(out.resolve("inner"), Map.of("../escape.json", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the output folder");
        assertThat(out.resolve("escape.json")).doesNotExist();
    }
}
