package vn.minhbach.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kafka topics and consumer groups a service's application.properties configures (production
 * profile: lines with a %profile prefix are ignored): the outbox topic, SmallRye channels' topics,
 * their dead-letter topics and group ids.
 */
record Channels(Set<String> produced, Set<String> consumed, Set<String> groups) {

    static Channels of(String service) throws IOException {
        Path file = Deployed.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Set<String> produced = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        String outbox = p.getProperty("minhbach.outbox.topic");
        if (outbox != null) {
            produced.add(outbox);
        }
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).trim();
            if (key.startsWith("mp.messaging.incoming.")) {
                if (key.endsWith(".dead-letter-queue.topic")) {
                    produced.add(value);
                } else if (key.endsWith(".topic") || key.endsWith(".topics")) {
                    for (String t : value.split(",")) {
                        consumed.add(t.trim());
                    }
                } else if (key.endsWith(".group.id")) {
                    groups.add(value);
                }
            } else if (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                produced.add(value);
            }
        }
        if (!consumed.isEmpty() && groups.isEmpty()) {
            groups.add(p.getProperty("quarkus.application.name", service)); // Quarkus' default group.id
        }
        return new Channels(produced, consumed, groups);
    }
}
