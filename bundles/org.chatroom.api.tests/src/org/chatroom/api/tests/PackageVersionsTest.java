package org.chatroom.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * The versions a package's {@code package-info.java} declares are the ones its bundle's manifest exports (Tycho builds
 * from the manifest, so a version raised in {@code package-info.java} alone exported the old one: a consumer needing
 * the new method resolved against a bundle without it), and no bundle of this repository imports one of its packages
 * from a version above the one exported. Reads the sources of every bundle beside this one.
 */
class PackageVersionsTest {

    private static final Pattern DECLARED = Pattern.compile(
            "@org\\.osgi\\.annotation\\.versioning\\.Version\\(\"([^\"]+)\"\\)\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern CLAUSE = Pattern.compile("([\\w.]+)((?:;[^,\"]*(?:\"[^\"]*\")?)*)");
    private static final Pattern VERSION = Pattern.compile(";\\s*version\\s*=\\s*\"([^\"]+)\"");

    @Test
    void packageInfoVersionsAreTheExportedOnes() throws IOException {
        Map<String, Version> exported = exported();
        List<String> wrong = new ArrayList<>();
        int declared = 0;
        for (Path bundle : bundles()) {
            Path src = bundle.resolve("src");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(src)) {
                for (Path info : files.filter(f -> f.endsWith("package-info.java")).toList()) {
                    Matcher m = DECLARED.matcher(Files.readString(info));
                    if (m.find()) {
                        declared++;
                        Version version = Version.parseVersion(m.group(1));
                        if (!version.equals(exported.get(m.group(2)))) {
                            wrong.add(m.group(2) + " " + version + " in " + bundle.getFileName()
                                    + "'s package-info, exported as " + exported.get(m.group(2)));
                        }
                    }
                }
            }
        }
        assertTrue(declared >= 4, "the API's packages at least: " + declared);
        assertEquals(List.of(), wrong);
    }

    @Test
    void noBundleImportsAVersionAboveTheExportedOne() throws IOException {
        Map<String, Version> exported = exported();
        List<String> wrong = new ArrayList<>();
        for (Path bundle : bundles()) {
            clauses(bundle, "Import-Package").forEach((pkg, range) -> {
                Version export = exported.get(pkg);
                if (export != null && range != null && !new VersionRange(range).includes(export)) {
                    wrong.add(bundle.getFileName() + " imports " + pkg + " " + range + ", exported as " + export);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    private static Map<String, Version> exported() throws IOException {
        Map<String, Version> exported = new HashMap<>();
        for (Path bundle : bundles()) {
            clauses(bundle, "Export-Package").forEach((pkg, version) -> exported.put(pkg,
                    version == null ? Version.emptyVersion : Version.parseVersion(version)));
        }
        assertTrue(exported.containsKey("org.chatroom.api.client"), "read the manifests: " + exported.keySet());
        return exported;
    }

    /** The bundles of this repository: this test runs in its bundle's folder, beside the others. */
    private static List<Path> bundles() throws IOException {
        Path all = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isDirectory(all.resolve("org.chatroom.api/META-INF")), "not beside the bundles: " + all);
        try (Stream<Path> dirs = Files.list(all)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
        }
    }

    /** Each package of the header and its version attribute ({@code null} when it has none). */
    private static Map<String, String> clauses(Path bundle, String header) throws IOException {
        Map<String, String> clauses = new HashMap<>();
        try (var in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            String value = new Manifest(in).getMainAttributes().getValue(header);
            if (value == null) {
                return clauses;
            }
            Matcher clause = CLAUSE.matcher(value);
            while (clause.find()) {
                Matcher version = VERSION.matcher(clause.group(2));
                clauses.put(clause.group(1), version.find() ? version.group(1) : null);
            }
        }
        return clauses;
    }
}
