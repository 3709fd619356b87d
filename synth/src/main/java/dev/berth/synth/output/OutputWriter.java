package dev.berth.synth.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Puts synthesised files on disk: only below the output folder, each written to a temporary file beside its
 * target and then renamed over it, so a reader never sees half a file and an interrupted run leaves the previous
 * file whole. Files that Berth does not produce are left alone.
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    /** Writes {@code files} (relative path with {@code /} separators to content) below {@code outputFolder}. */
    public static void write(Path outputFolder, Map<String, String> files) throws IOException {
        Path root = outputFolder.toAbsolutePath().normalize();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey()).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IllegalArgumentException("refusing to write outside the output folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                continue; // unchanged: keep the file's timestamp so build tools see nothing to do
            }
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
