package dev.berth.synth.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one program's output holds, as Berth writes it ({@code <folder>/cloudformation/<Stack>.template.json},
 * {@code <folder>/terraform/<module>/*.tf.json}): the templates by file name and each module's files read as one
 * configuration. Other files (the generated README, a user's notes, Terraform's own files) play no part.
 */
public final class ProgramOutput {

    static final String CLOUDFORMATION = "cloudformation";
    static final String TERRAFORM = "terraform";
    private static final String TEMPLATE_SUFFIX = ".template.json";
    private static final String TERRAFORM_SUFFIX = ".tf.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, JsonNode> stacks;
    private final Map<String, ObjectNode> modules;

    private ProgramOutput(Map<String, JsonNode> stacks, Map<String, ObjectNode> modules) {
        this.stacks = stacks;
        this.modules = modules;
    }

    /** Nothing: a program that was never synthesised. */
    public static ProgramOutput empty() {
        return new ProgramOutput(Map.of(), Map.of());
    }

    /** Whether a folder holds one program's output (a {@code cloudformation} or {@code terraform} folder). */
    public static boolean isProgramFolder(Path folder) {
        return Files.isDirectory(folder.resolve(CLOUDFORMATION)) || Files.isDirectory(folder.resolve(TERRAFORM));
    }

    /**
     * From files as {@code Synthesis.files()} gives them: relative path with {@code /} separators to content.
     *
     * @param where where the files are, for messages
     */
    public static ProgramOutput of(Map<String, String> files, Path where) throws DiffInputException {
        Map<String, JsonNode> stacks = new TreeMap<>();
        Map<String, ObjectNode> modules = new TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            List<String> parts = List.of(file.getKey().split("/"));
            if (parts.size() == 2 && parts.get(0).equals(CLOUDFORMATION) && parts.get(1).endsWith(TEMPLATE_SUFFIX)) {
                stacks.put(parts.get(1), parse(where.resolve(file.getKey()), file.getValue()));
            } else if (parts.size() == 3 && parts.get(0).equals(TERRAFORM) && parts.get(2).endsWith(TERRAFORM_SUFFIX)) {
                JsonNode content = parse(where.resolve(file.getKey()), file.getValue());
                if (!content.isObject()) {
                    throw new DiffInputException(where.resolve(file.getKey()), "not a Terraform JSON file (not an object)");
                }
                merge(modules.computeIfAbsent(parts.get(1), m -> JsonNodeFactory.instance.objectNode()),
                        (ObjectNode) content);
            }
        }
        return new ProgramOutput(stacks, modules);
    }

    /** From a folder on disk. */
    public static ProgramOutput read(Path folder) throws DiffInputException {
        if (!Files.isDirectory(folder)) {
            throw new DiffInputException(folder, Files.exists(folder) ? "not a folder" : "no such folder");
        }
        Map<String, String> files = new TreeMap<>();
        Path cloudFormation = folder.resolve(CLOUDFORMATION);
        for (Path file : list(cloudFormation)) {
            if (file.getFileName().toString().endsWith(TEMPLATE_SUFFIX) && Files.isRegularFile(file)) {
                files.put(CLOUDFORMATION + "/" + file.getFileName(), readString(file));
            }
        }
        for (Path module : list(folder.resolve(TERRAFORM))) {
            if (Files.isDirectory(module) && !module.getFileName().toString().startsWith(".")) {
                for (Path file : list(module)) {
                    if (file.getFileName().toString().endsWith(TERRAFORM_SUFFIX) && Files.isRegularFile(file)) {
                        files.put(TERRAFORM + "/" + module.getFileName() + "/" + file.getFileName(), readString(file));
                    }
                }
            }
        }
        return of(files, folder);
    }

    Map<String, JsonNode> stacks() {
        return stacks;
    }

    Map<String, ObjectNode> modules() {
        return modules;
    }

    private static List<Path> list(Path folder) throws DiffInputException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new DiffInputException(folder, "cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private static String readString(Path file) throws DiffInputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DiffInputException(file, "no such file");
        } catch (IOException e) {
            throw new DiffInputException(file, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    private static JsonNode parse(Path file, String content) throws DiffInputException {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new DiffInputException(file, "empty, not JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DiffInputException(file, "not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        }
    }

    /**
     * Adds a Terraform JSON file to a module's configuration: {@code resource} and {@code data} by type and name,
     * other blocks by name, as Terraform merges the files of a module.
     */
    private static void merge(ObjectNode module, ObjectNode file) {
        for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> block = it.next();
            String key = block.getKey();
            JsonNode value = block.getValue();
            if (!value.isObject() || !module.has(key) || !module.get(key).isObject()) {
                module.set(key, value.deepCopy());
                continue;
            }
            ObjectNode target = (ObjectNode) module.get(key);
            boolean twoLevels = key.equals("resource") || key.equals("data");
            value.fields().forEachRemaining(member -> {
                if (twoLevels && member.getValue().isObject() && target.get(member.getKey()) instanceof ObjectNode byType) {
                    byType.setAll((ObjectNode) member.getValue().deepCopy());
                } else {
                    target.set(member.getKey(), member.getValue().deepCopy());
                }
            });
        }
    }
}
