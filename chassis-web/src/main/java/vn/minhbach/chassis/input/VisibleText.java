package vn.minhbach.chassis.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote: at least {@link #min()} visible characters (letters, digits, punctuation,
 * symbols). Spaces, control and format characters (U+200B zero-width space, U+2060, U+FEFF, bidi
 * marks) and combining marks on their own do not count, so twelve U+200B are not a reason.
 * {@code null} is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    int min() default 1;

    String message() default "{vn.minhbach.chassis.input.VisibleText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts visible code points. */
    final class Validator implements ConstraintValidator<VisibleText, CharSequence> {

        private int min;

        @Override
        public void initialize(VisibleText annotation) {
            min = annotation.min();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || visibleLength(value) >= min;
        }

        /** The number of visible code points in {@code text}. */
        public static int visibleLength(CharSequence text) {
            return (int) text.codePoints().filter(Validator::visible).count();
        }

        private static boolean visible(int cp) {
            return switch (Character.getType(cp)) {
                case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                        Character.SURROGATE, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                        Character.COMBINING_SPACING_MARK -> false;
                default -> !Character.isWhitespace(cp) && cp != 0x3164 && cp != 0x115F && cp != 0x1160
                        && cp != 0xFFA0 && cp != 0x2800;
            };
        }
    }
}
