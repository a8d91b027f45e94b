package vn.minhbach.petitions.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.minhbach.petitions.service.DuplicateSuggestion;

/** Response bodies. Petitioners' identity appears only in {@link IdentityView}, for custodians. */
public final class PetitionViews {

    private PetitionViews() {
    }

    public record SubjectView(String kind, String description, String unit) {
    }

    public record AttachmentView(UUID id, String name, String contentType, long size, String sha256) {
        public static AttachmentView of(vn.minhbach.petitions.Attachment a) {
            return new AttachmentView(a.id, a.name, a.contentType, a.size, a.sha256);
        }

    }

    /**
     * One step of a petition's history. {@code recordedOn} is the day the step was recorded (Hà Nội);
     * {@code recordedAt}, the instant, is left out for an anonymous submission: a time to the second
     * could be matched against network logs to find who sent it.
     */
    public record HistoryView(String action, String from, String to, LocalDate effectiveDate,
            String documentReference, String note, String actor,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Absent for anonymous submissions")
            OffsetDateTime recordedAt,
            LocalDate recordedOn) {
    }

    public record RegisterView(boolean complex, boolean prolonged, boolean crowded, String reasons,
            LocalDate registerDate) {
    }

    public record CorruptionView(boolean flagged, String summary, LocalDate flaggedDate, String conclusionReference,
            LocalDate concludedDate) {
    }

    public record PetitionView(UUID id, String number, String unitPath, LocalDate receivedDate, String channel,
            String kind, String status, int instance, List<String> domains, SubjectView subject, String content,
            boolean anonymous, int petitionerCount, String complexity, boolean remoteArea,
            LocalDate acceptanceDueDate, LocalDate acceptedDate, LocalDate resolutionDueDate, int extensionsUsed,
            String nextDeadline, LocalDate nextDueDate, boolean overdue, String outcome, Boolean onTime,
            LocalDate resolvedDate, UUID duplicateOf, UUID repeatOf, RegisterView register,
            CorruptionView corruption, List<AttachmentView> attachments, List<HistoryView> history,
            List<String> additions, List<ClockView> clocks) {
    }

    /**
     * One statutory clock of the current instance: when it started, under which rule, its due date and
     * whether that date rests on a PROVISIONAL (generated) or only OFFICIAL (published) calendar years.
     */
    public record ClockView(String deadline, int instance, LocalDate start, Long ruleId, LocalDate dueDate,
            String basis, int extensionDays, boolean running) {
    }

    /** A list row: no content, no history. */
    public record PetitionSummary(UUID id, String number, String unitPath, LocalDate receivedDate, String channel,
            String kind, String status, List<String> domains, String subject, String nextDeadline,
            LocalDate nextDueDate, boolean overdue, boolean corruptionFlagged, String nextDueBasis) {
    }

    /**
     * The intake answer. {@code duplicateSuggestions} is present only for an official (reception
     * officer, handler) and covers only the official's own subtree; a citizen, another system or the
     * public form never gets it, since it would tell who has filed what.
     */
    public record IntakeResult(PetitionView petition,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Only for officials, within their own unit subtree")
            List<DuplicateSuggestion> duplicateSuggestions) {
    }

    /** What a citizen or an anonymous submitter sees: status, dates and outcome, not officials' names. */
    /**
     * What a citizen (own account) or the holder of a receipt code sees: statuses, dates, document
     * references and citizen-safe texts in the caller's language (Accept-Language, Vietnamese by
     * default); never an official's name, the official's own note, a petitioner or the content.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record TrackingView(UUID id, String number, String kind, String status, LocalDate receivedDate,
            LocalDate acceptanceDueDate, LocalDate resolutionDueDate, int extensionsUsed, String outcome,
            LocalDate resolvedDate, List<TrackingStep> history,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Trạng thái bằng lời cho người dân (vi/en theo Accept-Language)")
            String statusLabel,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Tóm tắt kết quả giải quyết (vi/en), khi đã có kết quả")
            String outcomeSummary,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Cơ quan nhận đơn chuyển đến, khi đơn đã được chuyển")
            String transferredTo,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Thời hạn đang chạy: ACCEPTANCE (thụ lý) hoặc RESOLUTION (giải quyết)")
            String runningClock,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Hạn của thời hạn đang chạy")
            LocalDate dueDate,
            int instance) {
    }

    /** One step of one of my petitions, in the change feed; {@code cursor} resumes after it. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CitizenChange(String cursor, UUID petitionId, String number, String action, String label,
            String status, String statusLabel, LocalDate effectiveDate) {
    }

    /**
     * A page of the change feed, oldest first. Send {@code next} as {@code after} on the next poll
     * (it stays the same while nothing new has happened); absent until there is a first change.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CitizenChanges(List<CitizenChange> items, String next) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record TrackingStep(String from, String to, LocalDate effectiveDate, String documentReference,
            String action,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Tên bước cho người dân (vi/en)")
            String label,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Giải thích bước cho người dân (vi/en); không phải ghi chú nội bộ của cán bộ")
            String note,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Căn cứ pháp lý không thụ lý (mã NotAcceptedGround)")
            String legalGround,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Căn cứ pháp lý không thụ lý bằng lời (vi/en)")
            String legalGroundLabel,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Cơ quan nhận đơn chuyển")
            String toAgency) {
    }

    /**
     * What an app fills in before a citizen types anything (issue 20, point 5): the petitioner from the
     * login token, the channel, and where to choose the unit from.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record PetitionDraft(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Người gửi từ token đăng nhập; tên theo thứ tự Việt Nam: họ, tên đệm, tên")
            DraftPetitioner petitioner,
            String channel,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Danh bạ đơn vị: chọn unitPath từ GET /api/v1/units, không gõ tay")
            String unitDirectory) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record DraftPetitioner(String name, String email, String phone, String address, boolean representative) {

        @Override
        public String toString() {
            return "DraftPetitioner[***]";
        }
    }

    /** Shown once: only its hash is kept. */
    public record AnonymousReceipt(String receiptCode, String number, LocalDate receivedDate, String note) {
    }

    public record PetitionerIdentity(boolean representative, String name, String idNumber, String address,
            String phone, String email) {
    }

    public record IdentityView(UUID petitionId, String number, List<PetitionerIdentity> petitioners) {
    }

    public record RegisterEntry(UUID id, String number, String unitPath, String kind, String status,
            boolean complex, boolean prolonged, boolean crowded, String reasons, LocalDate registerDate) {
    }

    public record RegisterList(List<RegisterEntry> items, long total, long complex, long prolonged, long crowded) {
    }

    public record ReceptionVisitView(UUID id, String unitPath, LocalDateTime visitAt, String place, String kind,
            String receivingOfficial, String leaderPresent, int people, boolean groupVisit, String summary,
            String outcome, List<UUID> petitionIds) {
    }
}
