package vn.minhbach.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.7: the local realm overlay has the officials of one current ward (reception, handler,
 * inspector, leader), and every official's {@code unit} attribute is a path of the unit registry
 * seed (a token whose unit is not in the registry is refused by every service).
 */
class LocalOfficialsTest {

    static final Path OVERLAY = Deployed.ROOT.resolve("deploy/keycloak/local-realm-overlay.json");
    static final Path SEED = Deployed.ROOT.resolve("chassis-scope/src/main/resources/units/hanoi-units.csv");

    /** path → [valid_from, valid_to] of the seed (columns path;name;level;bodies;parent;valid_from;valid_to;…). */
    static Map<String, String[]> seed() throws Exception {
        Map<String, String[]> units = new HashMap<>();
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            units.put(f[0], new String[] {f[5], f[6]});
        }
        return units;
    }

    @Test
    void theOverlayHasTheOfficialsOfOneCurrentWardAndOnlyRegisteredUnits() throws Exception {
        Map<String, String[]> units = seed();
        JsonNode overlay = Yaml.JSON.readTree(OVERLAY.toFile());
        Map<String, Set<String>> rolesByCurrentUnit = new HashMap<>();
        for (JsonNode user : overlay.path("users")) {
            JsonNode unit = user.path("attributes").path("unit");
            if (unit.isMissingNode()) {
                continue; // citizens have no unit
            }
            String path = unit.get(0).asText();
            assertTrue(units.containsKey(path), user.path("username").asText() + " has unit " + path
                    + ", which is not in the registry: its tokens would be refused (403 unit.unregistered)");
            String[] validity = units.get(path);
            if ("2025-07-01".equals(validity[0]) && validity[1].isEmpty()) {
                user.path("realmRoles").forEach(r -> rolesByCurrentUnit.computeIfAbsent(path, k -> new TreeSet<>()).add(r.asText()));
            }
        }
        assertTrue(rolesByCurrentUnit.values().stream().anyMatch(r -> r.containsAll(
                Set.of("reception-officer", "petition-handler", "inspector", "leader"))),
                "officials of a current ward with the four roles: " + rolesByCurrentUnit);
        assertEquals(Set.of("reception-officer", "petition-handler", "inspector", "leader", "default-roles-minhbach"),
                rolesByCurrentUnit.get("01.00611"), "Phường Xuân Đỉnh (01.00611)");
    }
}
