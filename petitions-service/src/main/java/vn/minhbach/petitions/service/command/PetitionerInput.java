package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PetitionerInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) @Pattern(regexp = "^[0-9A-Za-z]{6,20}$") String idNumber,
        @Size(max = 300) String address,
        @Size(max = 20) @Pattern(regexp = "^[0-9+ .-]{6,20}$") String phone,
        @Email @Size(max = 200) String email,
        boolean representative) {

    @Override
    public String toString() {
        return "PetitionerInput[***]";
    }
}
