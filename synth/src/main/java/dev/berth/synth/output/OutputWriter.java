package dev.berth.synth.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Puts one program's synthesised files on disk, complete or not at all. The program's folder is Berth's:
 * <ul>
 *   <li>the new output is written to a staging folder beside it ({@code .<name>.berth-staging}) and swapped in
 *       by renaming, so a failure half-way leaves the previous output whole, never a mix of old and new;</li>
 *   <li>files are created with the default mode (the process umask decides who can read them), not as private
 *       temporary files;</li>
 *   <li>{@value #MANIFEST} lists the files Berth wrote; a file listed there that the program no longer produces
 *       is removed (a stale {@code *.tf.json} would still be loaded by Terraform), while any file Berth did not
 *       write (a user's notes, Terraform's {@code .terraform/} and lock file) is carried over untouched.</li>
 * </ul>
 */
public final class OutputWriter {

    /** The file in each program folder listing, one relative path a line, the files Berth wrote there. */
    public static final String MANIFEST = ".berth-manifest";

    private static final String MANIFEST_HEADER = "# Files Berth wrote in this folder. Berth removes them when the"
            + " program no longer produces them and never touches other files. Do not edit.";

    private OutputWriter() {
    }

    /**
     * Replaces the output in {@code folder} by {@code files} (relative path with {@code /} separators to content).
     *
     * @throws IOException if the output could not be written; the folder then holds its previous output
     */
    public static void write(Path folder, Map<String, String> files) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Set<Path> produced = new TreeSet<>();
        for (String name : files.keySet()) {
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root) || target.equals(root) || name.equals(MANIFEST)) {
                throw new IllegalArgumentException("refusing to write outside the output folder: " + name);
            }
            produced.add(root.relativize(target));
        }
        if (root.getParent() == null) {
            throw new IllegalArgumentException("the output folder cannot be the file system root: " + root);
        }
        Files.createDirectories(root.getParent());
        boolean existed = Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS);
        if (!existed && Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(root.toString(), null, "a file is in the way");
        }
        Path staging = root.resolveSibling("." + root.getFileName() + ".berth-staging");
        Path previous = root.resolveSibling("." + root.getFileName() + ".berth-previous");
        deleteTree(staging); // left by a run that was killed
        deleteTree(previous);
        Files.createDirectory(staging);
        List<Path[]> carried = new ArrayList<>(); // user files moved from the old folder into the staging folder
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path relative = root.relativize(root.resolve(file.getKey()).normalize());
                Path staged = staging.resolve(relative.toString());
                Files.createDirectories(staged.getParent());
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                Files.write(staged, content);
                Path old = root.resolve(relative.toString());
                if (existed && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                        && Arrays.equals(Files.readAllBytes(old), content)) {
                    // unchanged: keep the file's timestamp so build tools see nothing to do
                    Files.setLastModifiedTime(staged, Files.getLastModifiedTime(old));
                }
            }
            Files.writeString(staging.resolve(MANIFEST), manifest(produced));
            if (existed) {
                copyMode(root, staging);
                carryOver(root, staging, readManifest(root), produced, carried);
            }
        } catch (IOException | RuntimeException e) {
            restore(carried, e);
            deleteTree(staging);
            throw e;
        }
        if (existed) {
            try {
                move(root, previous);
            } catch (IOException e) {
                restore(carried, e);
                deleteTree(staging);
                throw e;
            }
            try {
                move(staging, root);
            } catch (IOException e) {
                move(previous, root);
                restore(carried, e);
                deleteTree(staging);
                throw e;
            }
            deleteTree(previous);
        } else {
            try {
                move(staging, root);
            } catch (IOException e) {
                deleteTree(staging);
                throw e;
            }
        }
    }

    /** Moves what Berth did not write from {@code from} to the same place in {@code to}, recording each move. */
    private static void carryOver(Path from, Path to, Set<Path> berths, Set<Path> produced, List<Path[]> carried)
            throws IOException {
        Set<Path> berthFolders = new HashSet<>();
        for (Path p : berths) {
            for (Path parent = p.getParent(); parent != null; parent = parent.getParent()) {
                berthFolders.add(parent);
            }
        }
        Deque<Path> folders = new ArrayDeque<>();
        folders.add(from);
        while (!folders.isEmpty()) {
            Path dir = folders.pop();
            List<Path> entries;
            try (Stream<Path> list = Files.list(dir)) {
                entries = list.sorted().toList();
            }
            for (Path entry : entries) {
                Path relative = from.relativize(entry);
                if (relative.toString().equals(MANIFEST) || berths.contains(relative)) {
                    continue; // Berth's: replaced by the new output, or removed when no longer produced
                }
                boolean isDir = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (isDir && (berthFolders.contains(relative) || isProducedFolder(relative, produced))) {
                    folders.add(entry); // holds Berth's files: look at each entry inside
                    continue;
                }
                if (!isDir && produced.contains(relative)) {
                    continue; // Berth produces this path now: its new content wins
                }
                Path destination = to.resolve(relative.toString());
                Files.createDirectories(destination.getParent());
                Files.move(entry, destination);
                carried.add(new Path[] {entry, destination});
            }
        }
    }

    private static boolean isProducedFolder(Path relative, Set<Path> produced) {
        return produced.stream().anyMatch(p -> p.startsWith(relative) && !p.equals(relative));
    }

    private static void restore(List<Path[]> carried, Exception failure) {
        for (int i = carried.size() - 1; i >= 0; i--) {
            try {
                Files.createDirectories(carried.get(i)[0].getParent());
                Files.move(carried.get(i)[1], carried.get(i)[0]);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static String manifest(Set<Path> produced) {
        StringBuilder out = new StringBuilder(MANIFEST_HEADER).append('\n');
        for (Path p : produced) {
            out.append(p.toString().replace('\\', '/')).append('\n');
        }
        return out.toString();
    }

    private static Set<Path> readManifest(Path root) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        Set<Path> paths = new HashSet<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return paths;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Path p = root.resolve(line.strip()).normalize();
            if (p.startsWith(root) && !p.equals(root)) { // a hand-edited line never reaches outside the folder
                paths.add(root.relativize(p));
            }
        }
        return paths;
    }

    /** Keeps the permissions someone gave the program's folder. */
    private static void copyMode(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
