package dev.berth.synth.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputWriterTest {

    @Test
    void writesFilesBelowTheFolderAndLeavesOthersAlone(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("shop");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");

        OutputWriter.write(out, Map.of("cloudformation/Shop.template.json", "{}\n"));

        assertThat(out.resolve("cloudformation/Shop.template.json")).hasContent("{}");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        try (Stream<Path> files = Files.list(out.resolve("cloudformation"))) {
            assertThat(files).containsExactly(out.resolve("cloudformation/Shop.template.json")); // no temp file left
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out); // no staging folder left beside it
        }
    }

    @Test
    void replacesAnEarlierVersion(@TempDir Path out) throws IOException {
        OutputWriter.write(out, Map.of("a.json", "1"));
        OutputWriter.write(out, Map.of("a.json", "2"));

        assertThat(out.resolve("a.json")).hasContent("2");
    }

    @Test
    void filesAndFoldersGetTheModeTheUmaskGives(@TempDir Path dir) throws IOException {
        Path probe = Files.createDirectory(dir.resolve("probe")); // created with the default mode, like any tool
        Path probeFile = Files.writeString(probe.resolve("probe.txt"), "x");
        Path out = dir.resolve("shop");

        OutputWriter.write(out, Map.of("terraform/shop/main.tf.json", "{}"));
        OutputWriter.write(out, Map.of("terraform/shop/main.tf.json", "{ }")); // and on a rewrite

        assertThat(Files.getPosixFilePermissions(out.resolve("terraform/shop/main.tf.json")))
                .isEqualTo(Files.getPosixFilePermissions(probeFile));
        assertThat(Files.getPosixFilePermissions(out.resolve("terraform/shop")))
                .isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void removesFilesBerthWroteBeforeThatTheProgramNoLongerProduces(@TempDir Path out) throws IOException {
        OutputWriter.write(out, Map.of("terraform/shop/main.tf.json", "{}", "terraform/shop/worker.tf.json", "{}",
                "cloudformation/Shop-Worker.template.json", "{}"));

        OutputWriter.write(out, Map.of("terraform/shop/main.tf.json", "{}"));

        assertThat(out.resolve("terraform/shop/worker.tf.json")).doesNotExist();
        assertThat(out.resolve("cloudformation")).doesNotExist();
        assertThat(out.resolve(OutputWriter.MANIFEST)).content().contains("terraform/shop/main.tf.json")
                .doesNotContain("worker");
    }

    @Test
    void neverTouchesFilesItDidNotWrite(@TempDir Path out) throws IOException {
        OutputWriter.write(out, Map.of("terraform/shop/main.tf.json", "{}", "terraform/shop/old.tf.json", "{}"));
        Files.createDirectories(out.resolve("terraform/shop/.terraform/providers"));
        Files.writeString(out.resolve("terraform/shop/.terraform/providers/aws"), "binary");
        Files.writeString(out.resolve("terraform/shop/.terraform.lock.hcl"), "lock");
        Files.writeString(out.resolve("terraform/shop/override.tf.json"), "{\"mine\": 1}");
        Files.writeString(out.resolve("README.txt"), "my notes");

        OutputWriter.write(out, Map.of("terraform/shop/main.tf.json", "{\"v\": 2}"));

        assertThat(out.resolve("terraform/shop/main.tf.json")).hasContent("{\"v\": 2}");
        assertThat(out.resolve("terraform/shop/old.tf.json")).doesNotExist();
        assertThat(out.resolve("terraform/shop/.terraform/providers/aws")).hasContent("binary");
        assertThat(out.resolve("terraform/shop/.terraform.lock.hcl")).hasContent("lock");
        assertThat(out.resolve("terraform/shop/override.tf.json")).hasContent("{\"mine\": 1}");
        assertThat(out.resolve("README.txt")).hasContent("my notes");
    }

    @Test
    void aFailedWriteLeavesThePreviousOutputWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("shop");
        OutputWriter.write(out, Map.of("a.json", "old a", "b.json", "old b"));
        Files.writeString(out.resolve("mine.txt"), "mine");
        // the second file cannot be written: its parent folder's name is taken by a file in the staging area
        Map<String, String> next = new LinkedHashMap<>();
        next.put("a.json", "new a");
        next.put("z", "a file");
        next.put("z/b.json", "new b");

        assertThatThrownBy(() -> OutputWriter.write(out, next)).isInstanceOf(IOException.class);

        assertThat(out.resolve("a.json")).hasContent("old a");
        assertThat(out.resolve("b.json")).hasContent("old b");
        assertThat(out.resolve("mine.txt")).hasContent("mine");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void refusesToWriteOutsideTheFolder(@TempDir Path out) {
        assertThatThrownBy(() -> OutputWriter.write(out.resolve("inner"), Map.of("../escape.json", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the output folder");
        assertThat(out.resolve("escape.json")).doesNotExist();
    }
}
