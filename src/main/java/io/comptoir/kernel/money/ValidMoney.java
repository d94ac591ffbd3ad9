package io.comptoir.kernel.money;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A money amount of at least {@code min} minor units, in one of {@code currencies} when given. */
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValidMoneyValidator.class)
public @interface ValidMoney {

    String message() default "must be at least {min} minor units in an accepted currency";

    long min() default 0;

    /** Accepted ISO 4217 codes; empty accepts any. */
    String[] currencies() default {};

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
