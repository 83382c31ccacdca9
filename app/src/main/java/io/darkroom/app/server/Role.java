package io.darkroom.app.server;

import java.util.Locale;

/** What an API key may do: {@code read} asks and browses, {@code admin} also changes the warehouse. */
public enum Role {
    READ, ADMIN;

    public boolean allows(Role needed) {
        return this == ADMIN || needed == READ;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw io.darkroom.core.DarkroomException.userInput("Cannot use the role '" + text + "': roles are read and admin");
    }
}
