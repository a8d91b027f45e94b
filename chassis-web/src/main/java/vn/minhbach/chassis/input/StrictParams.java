package vn.minhbach.chassis.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.chassis.problem.InvalidParameterException;

/**
 * Request parameters (query, path, header, form, cookie, matrix) of the types the API uses are read
 * strictly, and a value that does not convert is a 400 problem naming the parameter, in every
 * service. Standard JAX-RS answers a query or path parameter it cannot convert with a 404 "no
 * resource" (JAX-RS 3.1 §3.2), which tells the client nothing; and it reads every boolean text other
 * than {@code true} as {@code false}, so {@code ?overdue=yes} silently listed the petitions that are
 * not overdue.
 * <ul>
 * <li>{@code Boolean}/{@code boolean}: {@code true} or {@code false}, any case ({@code invalid-value});</li>
 * <li>enums: one of the constants, exactly ({@code invalid-enum}, listing the allowed values);</li>
 * <li>{@code LocalDate}: an ISO date that exists, {@code 2021-02-30} is refused ({@code invalid-value});</li>
 * <li>{@code UUID}: the canonical 8-4-4-4-12 form ({@code invalid-value});</li>
 * <li>{@code Integer}/{@code int}, {@code Long}/{@code long}: decimal digits within range ({@code invalid-value}).</li>
 * </ul>
 * An empty value ({@code ?overdue=}) counts as absent.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final java.util.regex.Pattern CANONICAL_UUID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType == boolean.class ? Boolean.FALSE : null,
                    StrictParams::bool, "invalid-value.boolean");
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(name, (Class<? extends Enum>) rawType);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name, null, LocalDate::parse, "invalid-value.date");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, null, StrictParams::uuid, "invalid-value.uuid");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType == int.class ? 0 : null, Integer::valueOf,
                    "invalid-value.integer");
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType == long.class ? 0L : null, Long::valueOf,
                    "invalid-value.integer");
        }
        return null;
    }

    static String name(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                } else if (a instanceof FormParam f) {
                    return f.value();
                } else if (a instanceof CookieParam c) {
                    return c.value();
                } else if (a instanceof MatrixParam m) {
                    return m.value();
                }
            }
        }
        return "";
    }

    private static Boolean bool(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value) || "0".equals(value)) {
            // Quarkus REST hands an absent primitive parameter (without @DefaultValue) to the
            // converter as "0"; absent means false. Prefer Boolean for new parameters.
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(value);
    }

    private static UUID uuid(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    /** Converts with {@code parse}; any failure is a 400 naming the parameter. */
    static final class Strict<V> implements ParamConverter<V> {

        private final String name;
        private final V absent;
        private final Function<String, V> parse;
        private final String messageKey;

        Strict(String name, V absent, Function<String, V> parse, String messageKey) {
            this.name = name;
            this.absent = absent;
            this.parse = parse;
            this.messageKey = messageKey;
        }

        @Override
        public V fromString(String value) {
            if (value == null || value.isEmpty()) {
                return absent;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidParameterException(name, messageKey);
            }
        }

        @Override
        public String toString(V value) {
            return value == null ? null : value.toString();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class EnumConverter implements ParamConverter<Enum> {

        private final String name;
        private final Class<? extends Enum> type;
        private final String allowed;

        EnumConverter(String name, Class<? extends Enum> type) {
            this.name = name;
            this.type = type;
            this.allowed = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum) e).name())
                    .collect(Collectors.joining(", "));
        }

        @Override
        public Enum fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw InvalidParameterException.notOneOf(name, value, allowed);
            }
        }

        @Override
        public String toString(Enum value) {
            return value == null ? null : value.name();
        }
    }
}
