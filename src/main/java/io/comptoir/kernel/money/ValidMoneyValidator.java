package io.comptoir.kernel.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link ValidMoney}; a null amount is left to {@code @NotNull}. */
public class ValidMoneyValidator implements ConstraintValidator<ValidMoney, Money> {

    private long min;
    private Set<String> currencies;

    @Override
    public void initialize(ValidMoney annotation) {
        min = annotation.min();
        currencies = Set.of(annotation.currencies());
    }

    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = value.amount() >= min && (currencies.isEmpty() || currencies.contains(value.currency()));
        if (!valid) {
            context.disableDefaultConstraintViolation();
            String in = currencies.isEmpty()
                    ? ""
                    : " in " + String.join(" or ", currencies.stream().sorted().toList());
            context.buildConstraintViolationWithTemplate("must be at least " + min + " minor units" + in)
                    .addConstraintViolation();
        }
        return valid;
    }
}
