package com.cinema.payment.api;

import com.cinema.common.paging.PageRequest;
import com.cinema.payment.domain.PaymentLedger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The payment service's GraphQL API. */
@GraphQLApi
@ApplicationScoped
public class PaymentGraphQlApi {

    @Inject
    PaymentLedger ledger;

    @Query("payments")
    @Description("Every payment, newest first (staff only); page is zero-based, size defaults to 20 and is capped at 100")
    @RolesAllowed("ADMIN")
    public @NonNull PaymentPage payments(@Name("page") Integer page, @Name("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PaymentLedger.Results results = ledger.all(request);
        return PaymentPage.of(results.payments().stream().map(PaymentView::of).toList(),
                results.total(), request.page(), request.size());
    }
}
