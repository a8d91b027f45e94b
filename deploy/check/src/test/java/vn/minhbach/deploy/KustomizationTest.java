package vn.minhbach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `kubectl apply -k deploy/kubernetes` applies every manifest that is checked here, and only those. */
class KustomizationTest {

    @Test
    void theKustomizationAppliesEveryManifest() throws IOException {
        Set<Path> applied = new HashSet<>();
        collect(Deployed.ROOT.resolve("deploy/kubernetes"), applied);
        Set<Path> files = new HashSet<>(Manifests.manifestFiles(Deployed.ROOT).stream().map(Path::normalize).toList());
        Set<Path> missing = new TreeSet<>(files);
        missing.removeAll(applied);
        Set<Path> dangling = new TreeSet<>(applied);
        dangling.removeAll(files);
        assertEquals(Set.of(), missing, "manifests no kustomization applies");
        assertEquals(Set.of(), dangling, "kustomizations name files that are not there");
    }

    private static void collect(Path dir, Set<Path> applied) throws IOException {
        Path kustomization = dir.resolve("kustomization.yaml");
        assertTrue(Files.isRegularFile(kustomization), "no kustomization.yaml in " + dir);
        JsonNode k = Yaml.YAML.readTree(kustomization.toFile());
        for (JsonNode r : k.path("resources")) {
            Path target = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(target)) {
                collect(target, applied);
            } else {
                applied.add(target);
            }
        }
    }
}
