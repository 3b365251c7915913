package com.cinema.gateway.api.payment;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

public class PaymentPage {

    @NonNull
    public List<@NonNull Payment> items;
    public int total;
    public int page;
    public int size;
}
