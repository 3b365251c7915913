package com.cinema.user.api;

import com.cinema.user.domain.User;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The GraphQL {@code ContactPreferences} type: how a customer wants to hear about their bookings, for the
 * platform's own services (the booking service's notification sender) and staff; never public.
 */
@Type("ContactPreferences")
@Description("Where and how a customer is told about their bookings (services and staff only)")
public class ContactPreferencesView {

    @Id
    @NonNull
    public String userId;
    @NonNull
    public String email;
    @Description("E.164, or null when the customer gave none")
    public String phone;
    @NonNull
    @Description("True only with a phone: booking messages also go by SMS")
    public boolean smsOptIn;
    @NonNull
    @Description("False when the customer turned off the reminders before each showing: none is sent on any channel")
    public boolean reminders;

    static ContactPreferencesView of(User user) {
        ContactPreferencesView view = new ContactPreferencesView();
        view.userId = String.valueOf(user.getId());
        view.email = user.getEmail();
        view.phone = user.getPhone();
        view.smsOptIn = user.isSmsOptIn() && user.getPhone() != null;
        view.reminders = user.wantsReminders();
        return view;
    }
}
