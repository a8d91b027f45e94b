package vn.minhbach.petitions.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GeoReport v2 documents (JSON format), field names as the specification spells them. */
public final class Open311Views {

    private Open311Views() {
    }

    @Schema(name = "Open311Error", description = "GeoReport v2 error: code is the HTTP status")
    public record Error(@Schema(required = true) int code, @Schema(required = true) String description) {
    }

    @Schema(name = "Open311Discovery")
    public record Discovery(String changeset, String contact, @JsonProperty("key_service") String keyService,
            List<Endpoint> endpoints) {
    }

    @Schema(name = "Open311Endpoint")
    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {
    }

    @Schema(name = "Open311Service")
    public record Service(@JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName, String description, boolean metadata, String type,
            String keywords, String group) {
    }

    @Schema(name = "Open311ServiceDefinition")
    public record Definition(@JsonProperty("service_code") String serviceCode, List<Attribute> attributes) {
    }

    @Schema(name = "Open311Attribute")
    public record Attribute(boolean variable, String code, String datatype, boolean required,
            @JsonProperty("datatype_description") String datatypeDescription, int order, String description,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Value> values) {
    }

    @Schema(name = "Open311AttributeValue")
    public record Value(String key, String name) {
    }

    @Schema(name = "Open311Created", description = "The answer to POST requests.json (an array of one)")
    public record Created(@JsonProperty("service_request_id") UUID serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("account_id") String accountId) {
    }

    /**
     * One service request as its submitting client reads it back. Never the petitioner's name, e-mail
     * or phone, nor the description (which may hold them): status, dates, responsible agency, location.
     */
    @Schema(name = "Open311ServiceRequest")
    public record ServiceRequest(@JsonProperty("service_request_id") UUID serviceRequestId,
            @Schema(enumeration = {"open", "closed"}) String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
            @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
            @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
            String address,
            @JsonProperty("address_id") String addressId,
            Double lat,
            @JsonProperty("long") Double lon,
            @JsonProperty("media_url") String mediaUrl) {
    }

    /** The answer to the admin's registration: the api_key, shown this once. */
    @Schema(name = "Open311ClientRegistered")
    public record Registered(UUID id, String name, @JsonProperty("apiKey") String apiKey, OffsetDateTime createdAt) {
    }

    @Schema(name = "Open311ClientView")
    public record ClientView(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }
}
