package dev.berth.synth.diff;

import java.nio.file.Path;

/** An output to compare could not be read: a missing folder, an unreadable file, a file that is not JSON. */
public final class DiffInputException extends Exception {

    private final Path path;

    public DiffInputException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
