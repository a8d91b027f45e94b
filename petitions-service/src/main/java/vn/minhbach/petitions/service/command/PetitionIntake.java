package vn.minhbach.petitions.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.PetitionKind;

public record PetitionIntake(
        @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @PastOrPresent LocalDate receivedDate,
        Channel channel,
        @NotNull PetitionKind kind,
        @Size(max = 50) List<@NotNull @Valid PetitionerInput> petitioners,
        @NotNull @Valid SubjectInput subject,
        @NotEmpty @Size(max = 8) List<@NotNull Domain> domains,
        @NotBlank @Size(max = 20000) String content,
        @Size(max = 10) List<@NotNull @Valid AttachmentInput> attachments,
        /** Files uploaded before by the same caller (POST /api/v1/uploads), issue 20. */
        @Size(max = 10) List<@NotNull UUID> uploadIds,
        /** The submitting system's own reference (its case number): unique per client; 1–100 visible characters. */
        @Size(min = 1, max = 100) @Pattern(regexp = EXTERNAL_REFERENCE) String externalReference,
        /**
         * An anonymous letter recorded by an official (received by post, dropped in the box): no
         * petitioner, kind DENUNCIATION, its own received date. Officials only (docs/petitions.md).
         */
        Boolean anonymous) {

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** Visible characters (letters of any script, digits, punctuation), no spaces at either end. */
    public static final String EXTERNAL_REFERENCE =
            "^[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]([\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]*[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}])?$";
}
