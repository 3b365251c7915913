package com.cinema.payment.api;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** One page of payments with the total number of payments. */
@Type("PaymentPage")
public class PaymentPage {

    @NonNull
    public List<@NonNull PaymentView> items;
    public int total;
    public int page;
    public int size;

    static PaymentPage of(List<PaymentView> items, long total, int page, int size) {
        PaymentPage result = new PaymentPage();
        result.items = items;
        result.total = (int) Math.min(total, Integer.MAX_VALUE);
        result.page = page;
        result.size = size;
        return result;
    }
}
