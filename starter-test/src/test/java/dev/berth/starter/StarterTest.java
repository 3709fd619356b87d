package dev.berth.starter;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter (starter/, the project a user copies) agrees with this build: it asks for this version of Berth, and
 * pins the plugin and JUnit versions this build uses, so that building it needs nothing this build did not
 * already download (an offline build works). StarterBuildIT then checks what its build makes.
 */
class StarterTest {

    private static final Path ROOT = Path.of(System.getProperty("berth.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("berth.version");

    @Test
    void theStarterAsksForThisVersionOfBerthThroughTheBom() throws Exception {
        Element starter = pom(ROOT.resolve("starter/pom.xml"));

        assertThat(property(starter, "berth.version")).isEqualTo(VERSION);
        assertThat(text(starter, "dependencyManagement/dependencies/dependency/artifactId")).isEqualTo("berth-bom");
    }

    @Test
    void theBomHasThisBuildsVersion() throws Exception {
        Element bom = pom(ROOT.resolve("bom/pom.xml"));

        assertThat(text(bom, "version")).isEqualTo(VERSION);
        assertThat(text(bom, "artifactId")).isEqualTo("berth-bom");
    }

    @Test
    void theStarterPinsThePluginAndJUnitVersionsOfThisBuild() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        Element starter = pom(ROOT.resolve("starter/pom.xml"));
        Element bom = pom(ROOT.resolve("bom/pom.xml"));

        Map<String, String> pinned = pluginVersions(starter);
        assertThat(pinned).isNotEmpty();
        Map<String, String> parents = resolved(pluginVersions(parent), parent);
        pinned.forEach((plugin, version) -> assertThat(version)
                .as("%s in starter/pom.xml (berth-parent pins %s)", plugin, parents.get(plugin))
                .isEqualTo(parents.get(plugin)));
        pluginVersions(bom).forEach((plugin, version) -> assertThat(version)
                .as("%s in bom/pom.xml", plugin).isEqualTo(parents.get(plugin)));
        assertThat(property(starter, "junit.version")).isEqualTo(property(parent, "junit.version"));
    }

    @Test
    void theLaunchersAreExecutableAndBinBerthIsTheStartersLauncher() throws Exception {
        assertThat(ROOT.resolve("starter/berth")).isExecutable();
        assertThat(ROOT.resolve("bin/berth")).isExecutable();
        // One script: bin/berth only names the examples' jar and runs starter/berth, so they cannot drift apart.
        assertThat(Files.readString(ROOT.resolve("bin/berth")))
                .contains("examples/target/berth-examples.jar", "exec \"$root/starter/berth\" \"$@\"");
    }

    @Test
    void theStarterIgnoresWhatBuildsAndSynthesesWrite() throws Exception {
        assertThat(Files.readAllLines(ROOT.resolve("starter/.gitignore")))
                .contains("target/", "out/", ".terraform/", "cdk.out/");
    }

    private static Element pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    private static Map<String, String> pluginVersions(Element pom) {
        Map<String, String> versions = new TreeMap<>();
        Element management = child(child(child(pom, "build"), "pluginManagement"), "plugins");
        for (Element plugin : children(management, "plugin")) {
            versions.put(text(plugin, "artifactId"), text(plugin, "version"));
        }
        return versions;
    }

    private static Map<String, String> resolved(Map<String, String> versions, Element pom) {
        Map<String, String> out = new TreeMap<>();
        versions.forEach((plugin, version) -> out.put(plugin, version.startsWith("${")
                ? property(pom, version.substring(2, version.length() - 1)) : version));
        return out;
    }

    private static String property(Element pom, String name) {
        return text(child(pom, "properties"), name);
    }

    /** The text of the element at a path of child names, e.g. {@code build/finalName}. */
    private static String text(Element element, String path) {
        Element e = element;
        for (String name : path.split("/")) {
            e = child(e, name);
        }
        return e == null ? null : e.getTextContent().trim();
    }

    private static Element child(Element element, String name) {
        if (element == null) {
            return null;
        }
        return children(element, name).stream().findFirst().orElse(null);
    }

    private static java.util.List<Element> children(Element element, String name) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
