package io.darkroom.analytics.enrich;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who owns which e-mail address, learned from e-mail headers ("Jane Doe &lt;jane@x.com&gt;"): links
 * an EMAIL mention to a person and a PERSON mention to an address. Built once on the driver from
 * the header columns (small) and shipped to executors with the task.
 */
public final class EmailDirectory implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAMED = Pattern.compile("\\s*\"?([^\"<>]*?)\"?\\s*<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>\\s*");

    private final Map<String, Map<String, Integer>> namesByAddress = new HashMap<>();
    /** Person to address, rebuilt after additions; ambiguous persons map to null. */
    private transient Map<String, String> addressByPerson;

    /** Adds every "Name &lt;address&gt;" of one header value; bare addresses teach nothing. */
    public EmailDirectory add(String headerValue) {
        if (headerValue == null) {
            return this;
        }
        for (String part : headerValue.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            Matcher m = NAMED.matcher(part);
            if (m.matches() && !m.group(1).isBlank()) {
                String person = EntityCanonicalizer.canonical("PERSON", m.group(1));
                if (person != null && !person.contains("@")) {
                    addressByPerson = null;
                    namesByAddress.computeIfAbsent(m.group(2).toLowerCase(Locale.ROOT), a -> new HashMap<>())
                            .merge(person, 1, Integer::sum);
                }
            }
        }
        return this;
    }

    public EmailDirectory addAll(Collection<String> headerValues) {
        if (headerValues != null) {
            headerValues.forEach(this::add);
        }
        return this;
    }

    /** The canonical name most often shown with the address. */
    public Optional<String> personOf(String address) {
        Map<String, Integer> names = namesByAddress.get(address.strip().toLowerCase(Locale.ROOT));
        return names == null ? Optional.empty()
                : names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    /** The address a canonical person name is shown with, when exactly one address has it. */
    public synchronized Optional<String> addressOf(String canonicalPerson) {
        if (addressByPerson == null) {
            Map<String, String> index = new HashMap<>();
            for (String address : namesByAddress.keySet()) {
                personOf(address).ifPresent(p -> index.merge(p, address, (a, b) -> ""));
            }
            addressByPerson = index;
        }
        String address = addressByPerson.get(canonicalPerson);
        return address == null || address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    public int size() {
        return namesByAddress.size();
    }
}
