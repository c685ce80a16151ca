package org.ketapath.directory.domain;

import java.util.Collection;
import java.util.stream.Collectors;

/** PostgreSQL text[] literals of enum names (never user text), bound as a parameter and cast in SQL. */
final class Arrays {

    private Arrays() {}

    static String literal(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
