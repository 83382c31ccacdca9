package io.darkroom.app.alerts;

import io.darkroom.core.DarkroomException;

import java.util.Map;

/**
 * The SMTP server alerts go through, from the environment: DARKROOM_SMTP_HOST, DARKROOM_SMTP_PORT
 * (default 25), DARKROOM_SMTP_FROM, and optionally DARKROOM_SMTP_USER / DARKROOM_SMTP_PASSWORD and
 * DARKROOM_SMTP_STARTTLS=true.
 */
public record MailServer(String host, int port, String from, String user, String password, boolean startTls) {
    public MailServer {
        if (host == null || host.isBlank() || from == null || from.isBlank()) {
            throw DarkroomException.userInput("Cannot send e-mail alerts: set DARKROOM_SMTP_HOST and DARKROOM_SMTP_FROM");
        }
        if (port < 1 || port > 65535) {
            throw DarkroomException.userInput("Cannot use SMTP port " + port + ": give 1 to 65535 in DARKROOM_SMTP_PORT");
        }
    }

    /** The server configured in {@code env}, or null when none is (e-mail alerts then stay pending). */
    public static MailServer fromEnvironment(Map<String, String> env) {
        String host = env.get("DARKROOM_SMTP_HOST");
        if (host == null || host.isBlank()) {
            return null;
        }
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("DARKROOM_SMTP_PORT", "25").strip());
        } catch (NumberFormatException e) {
            throw DarkroomException.userInput("Cannot read DARKROOM_SMTP_PORT '" + env.get("DARKROOM_SMTP_PORT") + "': give a number");
        }
        return new MailServer(host.strip(), port, env.get("DARKROOM_SMTP_FROM"), env.get("DARKROOM_SMTP_USER"),
                env.get("DARKROOM_SMTP_PASSWORD"), Boolean.parseBoolean(env.getOrDefault("DARKROOM_SMTP_STARTTLS", "false")));
    }
}
