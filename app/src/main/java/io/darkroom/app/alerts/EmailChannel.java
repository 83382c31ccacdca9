package io.darkroom.app.alerts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** A plain-text e-mail per watch: one line per finding with its link. */
public final class EmailChannel implements AlertChannel {
    private final MailServer server;

    public EmailChannel(MailServer server) {
        this.server = server;
    }

    @Override
    public void deliver(Watch watch, List<Alert> alerts, boolean digest) throws AlertDeliveryException {
        if (watch.emails().isEmpty()) {
            return;
        }
        if (server == null) {
            throw new AlertDeliveryException("no SMTP server configured (set DARKROOM_SMTP_HOST and DARKROOM_SMTP_FROM)", null);
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        Authenticator auth = null;
        if (server.user() != null && !server.user().isBlank()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(server.user(), server.password());
                }
            };
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props, auth));
            message.setFrom(new InternetAddress(server.from()));
            for (String to : watch.emails()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject(subject(watch, alerts, digest), "UTF-8");
            message.setText(body(watch, alerts, digest), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new AlertDeliveryException("cannot send e-mail through " + server.host() + ":" + server.port() + ": "
                    + e.getMessage(), e);
        }
    }

    static String subject(Watch watch, List<Alert> alerts, boolean digest) {
        if (digest) {
            return String.format(Locale.ROOT, "Darkroom %s digest for %s: %d finding%s",
                    watch.cadence().name().toLowerCase(Locale.ROOT), watch.measure(), alerts.size(), alerts.size() == 1 ? "" : "s");
        }
        return alerts.size() == 1 ? "Darkroom: " + alerts.get(0).sentence()
                : String.format(Locale.ROOT, "Darkroom: %d new findings about %s", alerts.size(), watch.measure());
    }

    static String body(Watch watch, List<Alert> alerts, boolean digest) {
        StringBuilder b = new StringBuilder();
        b.append(digest ? "What Darkroom found about " : "Darkroom found something new about ").append(watch.measure()).append(":\n\n");
        for (Alert a : alerts) {
            b.append("- ").append(a.sentence()).append("\n  ").append(a.link()).append("\n");
        }
        b.append("\nYou get this because of watch ").append(watch.id())
                .append("; remove it with: darkroom watch remove ").append(watch.id()).append('\n');
        return b.toString();
    }
}
