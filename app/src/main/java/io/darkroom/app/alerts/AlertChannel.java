package io.darkroom.app.alerts;

import java.util.List;

/** Where a message goes. Delivery failures are reported, never thrown past the dispatcher. */
public sealed interface AlertChannel permits WebhookChannel, EmailChannel {
    /**
     * Delivers one message about {@code alerts} for {@code watch}; {@code digest} says whether it gathers a
     * period's findings.
     *
     * @throws AlertDeliveryException when the receiver cannot be reached or refuses
     */
    void deliver(Watch watch, List<Alert> alerts, boolean digest) throws AlertDeliveryException;

    /** A channel could not deliver; the message stays pending and is retried on the next run. */
    final class AlertDeliveryException extends Exception {
        public AlertDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
