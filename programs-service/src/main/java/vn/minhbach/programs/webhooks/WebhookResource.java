package vn.minhbach.programs.webhooks;

import vn.minhbach.programs.rest.Roles;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.programs.changes.ChangeEvents;
import vn.minhbach.programs.changes.FeedAccess;
import vn.minhbach.chassis.idempotency.Idempotent;

/**
 * Webhook subscriptions (issue 19.3): a target URL, the event types (none: all) and a secret; the
 * events the owner's change feed would show are delivered to it, signed (docs/integration.md
 * section 5). Each caller sees and manages only its own subscriptions.
 */
@Path("/api/v1/webhook-subscriptions")
@Tag(name = "Webhooks")
@RolesAllowed({ Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR,
        Roles.PROGRAM_OFFICER, Roles.UNIT_REPORTER, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN,
        Roles.PETITION_INTAKE })
@Idempotent
public class WebhookResource {

    /** A new subscription. {@code secret}: {@code whsec_} + base64 of 24–64 bytes; omitted, one is made. */
    public record NewSubscription(@NotBlank @Size(max = 2000) String targetUrl,
            @Size(max = ChangeEvents.MAX_TYPES) List<@NotNull @Size(max = 100) String> eventTypes,
            @Size(max = 200) String secret) {
    }

    /** The subscription as made; {@code secret} is answered here once and never again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Created(UUID id, String targetUrl, List<String> eventTypes, OffsetDateTime createdAt, String secret) {
    }

    public record SubscriptionList(List<WebhookSubscriptions.Subscription> items) {
    }

    @Inject
    WebhookSubscriptions subscriptions;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    SecretCipher cipher;
    @Inject
    WebhooksConfig config;
    @Inject
    FeedAccess access;

    @POST
    @Transactional
    @Operation(operationId = "createWebhookSubscription", summary = "Đăng ký webhook: URL nhận, loại sự kiện, khoá ký")
    public Response create(@Valid @NotNull NewSubscription body) {
        cipher.requireEnabled();
        var scope = access.scope();
        List<String> types = new ArrayList<>(ChangeEvents.types(String.join(",",
                body.eventTypes() == null ? List.of() : body.eventTypes())));
        URI target = dispatcher.policy().check(body.targetUrl());
        boolean given = body.secret() != null && !body.secret().isBlank();
        String secret = given ? body.secret().trim() : WebhookSignature.newSecret();
        WebhookSignature.key(secret);
        var made = subscriptions.create(access.owner(), scope, target.toString(), types, cipher.encrypt(secret),
                config.maxSubscriptions());
        return Response.created(URI.create("/api/v1/webhook-subscriptions/" + made.id()))
                .entity(new Created(made.id(), made.targetUrl(), made.eventTypes(), made.createdAt(), given ? null : secret))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Các đăng ký webhook của người gọi")
    public SubscriptionList list() {
        access.scope();
        return new SubscriptionList(subscriptions.list(access.owner()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Một đăng ký webhook của người gọi")
    public WebhookSubscriptions.Subscription get(@PathParam("id") UUID id) {
        return subscriptions.own(access.owner(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Huỷ đăng ký webhook (và các lần gửi còn chờ)")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(access.owner(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/failed-deliveries")
    @Operation(operationId = "listFailedWebhookDeliveries", summary = "Các lần gửi đã dừng thử lại (PARKED)")
    public Page<WebhookDeliveries.DeliveryView> failed(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        subscriptions.own(access.owner(), id);
        return new Page<>(deliveries.list(id, WebhookDeliveries.PARKED, page.page, page.size), page.page, page.size,
                deliveries.count(id, WebhookDeliveries.PARKED));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Gửi lại một lần gửi đã dừng (hoặc đã gửi)")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        subscriptions.own(access.owner(), id);
        if (deliveries.find(id, deliveryId) == null) {
            throw ProblemException.notFound("webhook.delivery-not-found", deliveryId);
        }
        if (!deliveries.redeliver(id, deliveryId)) {
            throw ProblemException.conflict("webhook.delivery-pending", deliveryId);
        }
        return Response.accepted(deliveries.find(id, deliveryId)).build();
    }
}
