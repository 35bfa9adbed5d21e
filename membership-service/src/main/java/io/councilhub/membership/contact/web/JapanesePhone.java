package io.councilhub.membership.contact.web;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.membership.contact.PhoneNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text is a {@link PhoneNumber} (absent or blank is fine: the phone is optional). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = JapanesePhone.Check.class)
@interface JapanesePhone {

    String message() default "is not a telephone number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Tries the value object and reports its reason. */
    final class Check implements ConstraintValidator<JapanesePhone, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                PhoneNumber.of(value);
                return true;
            } catch (InvalidFieldException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.getMessage().replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
