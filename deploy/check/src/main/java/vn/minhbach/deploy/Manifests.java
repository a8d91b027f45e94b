package vn.minhbach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every resource under deploy/kubernetes and deploy/platform, parsed by the fabric8 serializer:
 * built-in kinds come back typed (Deployment, Service, HorizontalPodAutoscaler, ...), operator
 * resources (Strimzi, CloudNativePG, Keycloak) as {@link GenericKubernetesResource}.
 */
public final class Manifests {

    /** Directories holding what an operator applies; kustomization files are not resources. */
    public static final List<String> DIRECTORIES = List.of("deploy/kubernetes", "deploy/platform");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final List<Loaded> resources;

    /** One resource and the file it came from, for messages that point at the right place. */
    public record Loaded(Path file, HasMetadata resource) {
        public String kind() {
            return resource.getKind();
        }

        public String name() {
            return resource.getMetadata().getName();
        }
    }

    private Manifests(List<Loaded> resources) {
        this.resources = List.copyOf(resources);
    }

    public static Manifests load(Path root) {
        List<Loaded> all = new ArrayList<>();
        for (Path file : manifestFiles(root)) {
            all.addAll(parse(file));
        }
        return new Manifests(all);
    }

    /** The YAML files an operator applies: everything under the directories but kustomization files. */
    public static List<Path> manifestFiles(Path root) {
        List<Path> files = new ArrayList<>();
        for (String dir : DIRECTORIES) {
            Path base = root.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.getFileName().toString().startsWith("kustomization"))
                        .sorted(Comparator.naturalOrder())
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static List<Loaded> parse(Path file) {
        List<Loaded> out = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = Yaml.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                String json = Yaml.JSON.writeValueAsString(doc);
                HasMetadata resource = SERIALIZATION.unmarshal(json, HasMetadata.class);
                if (resource.getMetadata() == null || resource.getMetadata().getName() == null) {
                    throw new IllegalStateException(file + ": a " + resource.getKind() + " without metadata.name");
                }
                out.add(new Loaded(file, resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }

    public List<Loaded> all() {
        return resources;
    }

    /** Resources of a built-in kind, typed. */
    public <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return resources.stream().map(Loaded::resource).filter(type::isInstance).map(type::cast).toList();
    }

    /** Operator resources of a kind (Strimzi, CloudNativePG, Keycloak). */
    public List<GenericKubernetesResource> custom(String apiGroup, String kind) {
        return resources.stream().map(Loaded::resource)
                .filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .filter(r -> kind.equals(r.getKind()) && r.getApiVersion().startsWith(apiGroup + "/"))
                .toList();
    }

    public Optional<GenericKubernetesResource> custom(String apiGroup, String kind, String name) {
        return custom(apiGroup, kind).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }
}
