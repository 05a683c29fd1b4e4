import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Rewrites a jar without its signature: no META-INF signature files, and a manifest with only its main section (the
 * per-entry digests go). Every other entry is copied byte for byte with its time. Run by prepare-product.sh at build
 * time as a single-file source program: {@code java UnsignJar.java JAR}.
 */
public final class UnsignJar {

    private UnsignJar() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path temporary = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false);
                OutputStream file = Files.newOutputStream(temporary);
                JarOutputStream out = new JarOutputStream(file)) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().putAll(in.getManifest().getMainAttributes());
            ZipEntry manifestEntry = new ZipEntry(JarFile.MANIFEST_NAME);
            manifestEntry.setTime(in.getEntry(JarFile.MANIFEST_NAME).getTime());
            out.putNextEntry(manifestEntry);
            manifest.write(out);
            out.closeEntry();
            for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().equals(JarFile.MANIFEST_NAME) || isSignature(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }
}
