package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.minhbach.petitions.service.command.PetitionerInput;

/**
 * The citizen as the login token names them (issue 20, point 5): what the draft shows and what a
 * citizen's intake without petitioners records. Name in Vietnamese order ({@link Texts#vietnameseName}).
 */
@ApplicationScoped
public class TokenPetitioner {

    @Inject
    JsonWebToken token;

    /** Empty when the token carries no usable name (the app then asks for it). */
    public Optional<PetitionerInput> fromToken() {
        String name = Texts.vietnameseName(claim("family_name"), claim("middle_name"), claim("given_name"), claim("name"));
        if (name == null || name.length() > 200) {
            return Optional.empty();
        }
        String email = claim("email");
        String phone = claim("phone_number");
        String address = address();
        return Optional.of(new PetitionerInput(name, null,
                address == null || address.length() > 300 ? null : address,
                phone == null || !phone.matches("^[0-9+ .-]{6,20}$") ? null : phone,
                email == null || email.length() > 200 || !email.contains("@") ? null : email, true));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        String text = value == null ? null : value instanceof JsonString js ? js.getString() : value.toString();
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** OpenID Connect's {@code address} claim is an object; its {@code formatted} line is what a petition needs. */
    private String address() {
        Object value = token.getClaim("address");
        if (value instanceof JsonObject o && o.get("formatted") instanceof JsonString f) {
            return f.getString().isBlank() ? null : f.getString().trim();
        }
        return value instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
    }
}
