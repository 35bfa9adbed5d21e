package io.councilhub.membership.contact.web;

import io.councilhub.chassis.domain.Email;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text is an e-mail address as the chassis {@link Email} accepts it (blank is left to {@code @NotBlank}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Check.class)
@interface EmailAddress {

    String message() default "is not an e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Tries the value object. */
    final class Check implements ConstraintValidator<EmailAddress, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                Email.of(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
