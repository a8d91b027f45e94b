package vn.minhbach.chassis.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Metrics never name a record. Quarkus tags HTTP metrics with the route's template
 * ({@code /api/v1/petitions/{id}}), but a request refused before routing (a 401 from the
 * authentication layer, a 413, an unknown path) is tagged with its raw path, so a petition's UUID,
 * a receipt code or a searched name could land in {@code /q/metrics} and in every scrape kept since.
 * This filter rewrites the {@code uri} tag of every meter: a path segment that looks like an id
 * (a UUID, a number, 16 or more letters and digits with a digit among them, or 16 or more
 * capitals as in a receipt code) becomes {@code {id}}, and anything after a
 * {@code ?} is dropped.
 */
public class MetricTagHygiene {

    private static final Pattern ID_SEGMENT = Pattern.compile(
            "(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+"
                    + "|(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{16,}|[A-Z2-9]{16,})(?=/|$)");

    @Produces
    @Singleton
    MeterFilter noIdsInUriTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (uri == null) {
                    return id;
                }
                String clean = clean(uri);
                if (clean.equals(uri)) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(t -> "uri".equals(t.getKey()) ? Tag.of("uri", clean) : t).toList();
                return id.replaceTags(tags);
            }
        };
    }

    /** The path with id-like segments replaced by {@code {id}} and without a query string. */
    public static String clean(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return ID_SEGMENT.matcher(path).replaceAll("{id}");
    }
}
