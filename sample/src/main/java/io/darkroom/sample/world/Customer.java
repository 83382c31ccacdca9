package io.darkroom.sample.world;

import java.util.List;

/**
 * A customer company. Documents name it by its legal name or by one of its variants (for example
 * "Acme Corp." and "Acme Corporation"), so that entity resolution has real work to do.
 */
public record Customer(String number, String legalName, List<String> nameVariants, String domain,
                       String city, String country, String region, Person contact) {
    public Customer {
        nameVariants = List.copyOf(nameVariants);
    }

    /** A name as a person would write it: usually the legal name, sometimes a variant. */
    public String nameAsWritten(Dice dice) {
        return dice.chance(0.6) ? legalName : dice.pick(nameVariants);
    }

    /** A short lower-case name for file names, e.g. "brightwater-logistics". */
    public String slug() {
        return domain.substring(0, domain.indexOf('.'));
    }
}
