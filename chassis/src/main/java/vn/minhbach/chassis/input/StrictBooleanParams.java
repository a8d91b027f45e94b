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
import vn.minhbach.chassis.problem.InvalidParameterException;

/**
 * Boolean parameters accept only {@code true} or {@code false} (any case). Standard JAX-RS reads
 * every other text as {@code false}, so {@code ?overdue=yes} silently listed the petitions that are
 * not overdue; now it is a 400 {@code invalid-value} problem naming the parameter. An empty value
 * ({@code ?overdue=}) counts as absent, as for numbers. Applies to query, path, header, form, cookie
 * and matrix parameters of type {@code Boolean} or {@code boolean}, in every service.
 */
@Provider
public class StrictBooleanParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        return (ParamConverter<T>) new Strict(name(annotations), rawType == boolean.class);
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

    static final class Strict implements ParamConverter<Boolean> {

        private final String name;
        private final boolean primitive;

        Strict(String name, boolean primitive) {
            this.name = name;
            this.primitive = primitive;
        }

        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isEmpty()) {
                return primitive ? Boolean.FALSE : null;
            }
            if ("true".equalsIgnoreCase(value)) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(value)) {
                return Boolean.FALSE;
            }
            if (primitive && "0".equals(value)) {
                // Quarkus REST hands an absent primitive parameter (without @DefaultValue) to the
                // converter as "0"; absent means false. Prefer Boolean for new parameters.
                return Boolean.FALSE;
            }
            throw new InvalidParameterException(name, "invalid-value.boolean");
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }
}
