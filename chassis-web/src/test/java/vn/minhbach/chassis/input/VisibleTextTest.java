package vn.minhbach.chassis.input;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Plain JUnit: what counts as a visible character of a reason. */
class VisibleTextTest {

    @Test
    void invisibleCharactersAreNotText() {
        assertEquals(0, VisibleText.Validator.visibleLength("\u200B".repeat(12)));
        assertEquals(0, VisibleText.Validator.visibleLength("\u2060\uFEFF\u200E\u200F\u202E \t\n\u00A0\u3000\u3164\u2800"));
        assertEquals(0, VisibleText.Validator.visibleLength("\u0301\u0300\u0309"));
    }

    @Test
    void vietnameseTextCountsEveryLetterOnce() {
        // precomposed (NFC) and decomposed (NFD) spellings of the same reason count the same
        String nfc = "Xác minh tố cáo";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertEquals(12, VisibleText.Validator.visibleLength(nfc));
        assertEquals(12, VisibleText.Validator.visibleLength(nfd));
        assertEquals(9, VisibleText.Validator.visibleLength("QĐ 12/2024"));
    }

    @Test
    void theValidatorAppliesTheMinimum() {
        var validator = new VisibleText.Validator();
        validator.initialize(annotation(10));
        assertTrue(validator.isValid(null, null));
        assertFalse(validator.isValid("\u200B".repeat(40) + "abc", null));
        assertFalse(validator.isValid("a\u200Bb\u200Bc d e f g h i", null));
        assertTrue(validator.isValid("Yêu cầu của Thanh tra", null));
    }

    private static VisibleText annotation(int min) {
        return new VisibleText() {
            public int min() { return min; }
            public String message() { return ""; }
            public Class<?>[] groups() { return new Class<?>[0]; }
            @SuppressWarnings("unchecked")
            public Class<? extends jakarta.validation.Payload>[] payload() { return new Class[0]; }
            public Class<? extends java.lang.annotation.Annotation> annotationType() { return VisibleText.class; }
        };
    }
}
