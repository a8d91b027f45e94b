package vn.minhbach.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mobile official's start screen: three sections from three services. A section whose service did
 * not answer is {@code available: false} with the service named; the others are still filled.
 * A section the caller's roles do not open is absent (omitted from the JSON), not refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MeOverview", description = "Tổng quan của cán bộ (mobile): đơn sắp đến hạn, kiến nghị đang mở, nhiệm vụ quá hạn của đơn vị")
public record MeOverview(
        @Schema(description = "Đơn vị của cán bộ (unit path từ token)") String unit,
        @Schema(description = "Đơn sắp đến hạn giải quyết của đơn vị (petitions-service); vắng mặt nếu vai trò không được xem") Section dueSoonPetitions,
        @Schema(description = "Kiến nghị sau kiểm tra, giám sát đang mở do đơn vị chủ trì (inspections-service); vắng mặt nếu vai trò không được xem") Section openRecommendations,
        @Schema(description = "Nhiệm vụ quá hạn của đơn vị (programs-service); vắng mặt nếu vai trò không được xem") Section overdueTasks) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MeOverviewSection")
    public record Section(
            @Schema(description = "false when the owning service did not answer in time or refused") boolean available,
            @Schema(description = "The service the section comes from") String service,
            @Schema(description = "Items as the service returns them (first page)", type = SchemaType.ARRAY, implementation = Object.class) JsonNode items,
            Long totalItems,
            @Schema(description = "UNAVAILABLE (down, timeout, circuit open), FORBIDDEN or ERROR when not available") String reason,
            @Schema(description = "Status the service answered, when it answered with an error") Integer upstreamStatus) {

        static Section of(String service, JsonNode items, Long totalItems) {
            return new Section(true, service, items, totalItems, null, null);
        }

        static Section unavailable(String service, String reason, Integer status) {
            return new Section(false, service, null, null, reason, status);
        }
    }
}
