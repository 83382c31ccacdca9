package io.darkroom.sample.support;

import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Tone;

import java.time.LocalDate;

/** A support ticket; its region is the customer's sales region. */
public record SupportTicket(String id, LocalDate date, Customer customer, Product product, String priority,
                           Tone tone, Person engineer) {
    public String region() {
        return customer.region();
    }
}
