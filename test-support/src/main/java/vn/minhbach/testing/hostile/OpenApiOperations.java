package vn.minhbach.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations of a service as its own OpenAPI document ({@code /q/openapi?format=json}) describes
 * them, with every {@code $ref} resolved, so hostile requests follow the real contract, not a list
 * written by hand that drifts from it.
 */
public final class OpenApiOperations {

    /** One parameter (path or query) with its schema. */
    public record Param(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** One operation: method, path template, parameters and JSON body schema (null if none). */
    public record Operation(String method, String path, String summary, List<Param> pathParams,
            List<Param> queryParams, String bodyMediaType, Map<String, Object> bodySchema, boolean secured) {

        public String key() {
            return method + " " + path;
        }

        public boolean hasBody() {
            return bodyMediaType != null;
        }
    }

    private final Map<String, Object> document;

    private OpenApiOperations(Map<String, Object> document) {
        this.document = document;
    }

    public static List<Operation> parse(String openApiJson) {
        OpenApiOperations api = new OpenApiOperations(Json.object(Json.parse(openApiJson)));
        return api.operations();
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        boolean globalSecurity = !Json.array(document.get("security")).isEmpty();
        for (var path : Json.object(document.get("paths")).entrySet()) {
            Map<String, Object> item = Json.object(path.getValue());
            List<Object> common = Json.array(item.get("parameters"));
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                Map<String, Object> op = Json.object(item.get(method));
                List<Param> pathParams = new ArrayList<>();
                List<Param> queryParams = new ArrayList<>();
                List<Object> params = new ArrayList<>(common);
                params.addAll(Json.array(op.get("parameters")));
                for (Object p : params) {
                    Map<String, Object> param = resolve(Json.object(p), 0);
                    String in = String.valueOf(param.get("in"));
                    Param parsed = new Param(String.valueOf(param.get("name")), in,
                            Boolean.TRUE.equals(param.get("required")), resolve(Json.object(param.get("schema")), 0));
                    if ("path".equals(in)) {
                        pathParams.add(parsed);
                    } else if ("query".equals(in)) {
                        queryParams.add(parsed);
                    }
                }
                String mediaType = null;
                Map<String, Object> bodySchema = null;
                Map<String, Object> content = Json.object(resolve(Json.object(op.get("requestBody")), 0).get("content"));
                if (!content.isEmpty()) {
                    mediaType = content.containsKey("application/json") ? "application/json"
                            : content.keySet().iterator().next();
                    bodySchema = resolve(Json.object(Json.object(content.get(mediaType)).get("schema")), 0);
                }
                boolean secured = op.containsKey("security") ? !Json.array(op.get("security")).isEmpty() : globalSecurity;
                ops.add(new Operation(method.toUpperCase(), path.getKey(), String.valueOf(op.get("summary")),
                        pathParams, queryParams, mediaType, bodySchema, secured));
            }
        }
        return ops;
    }

    /** Resolves {@code $ref}, {@code allOf} (merged) and nested properties, to a bounded depth. */
    private Map<String, Object> resolve(Map<String, Object> schema, int depth) {
        if (depth > 12 || schema.isEmpty()) {
            return schema;
        }
        if (schema.get("$ref") instanceof String ref && ref.startsWith("#/")) {
            Object target = document;
            for (String part : ref.substring(2).split("/")) {
                target = Json.object(target).get(part);
            }
            Map<String, Object> merged = new LinkedHashMap<>(resolve(Json.object(target), depth + 1));
            schema.forEach((k, v) -> {
                if (!"$ref".equals(k)) {
                    merged.put(k, v);
                }
            });
            return merged;
        }
        Map<String, Object> out = new LinkedHashMap<>(schema);
        if (schema.get("allOf") instanceof List<?> all) {
            out.remove("allOf");
            for (Object part : all) {
                Map<String, Object> p = resolve(Json.object(part), depth + 1);
                p.forEach((k, v) -> {
                    if ("properties".equals(k)) {
                        Map<String, Object> props = new LinkedHashMap<>(Json.object(out.get("properties")));
                        props.putAll(Json.object(v));
                        out.put("properties", props);
                    } else if ("required".equals(k)) {
                        List<Object> req = new ArrayList<>(Json.array(out.get("required")));
                        req.addAll(Json.array(v));
                        out.put("required", req);
                    } else {
                        out.putIfAbsent(k, v);
                    }
                });
            }
        }
        if (out.get("properties") instanceof Map<?, ?>) {
            Map<String, Object> props = new LinkedHashMap<>();
            Json.object(out.get("properties")).forEach((k, v) -> props.put(k, resolve(Json.object(v), depth + 1)));
            out.put("properties", props);
        }
        if (out.get("items") instanceof Map<?, ?>) {
            out.put("items", resolve(Json.object(out.get("items")), depth + 1));
        }
        return out;
    }

    /** The schema's type, the first non-null one when OpenAPI 3.1 lists several. */
    public static String type(Map<String, Object> schema) {
        Object t = schema.get("type");
        if (t instanceof List<?> l) {
            for (Object o : l) {
                if (!"null".equals(o)) {
                    return String.valueOf(o);
                }
            }
            return "null";
        }
        if (t == null) {
            if (schema.containsKey("properties")) {
                return "object";
            }
            if (schema.containsKey("enum")) {
                return "string";
            }
            return "any";
        }
        return String.valueOf(t);
    }
}
